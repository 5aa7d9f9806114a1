"""The curated knowledge base: loading, checking and matching questions to topics."""
