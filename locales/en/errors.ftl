errors-apology = Sorry, something went wrong on my side. Please try again in a moment, or use /menu.
