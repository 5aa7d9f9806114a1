"""What does this letter mean?: a photo, an album, an image file or a PDF of a letter explained in the user's language."""
