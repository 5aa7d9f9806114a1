"""The advice point's profile: the one place for its name, address, hours, language assistants and contacts."""
