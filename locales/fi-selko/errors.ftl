# Draft translation: not yet checked by a native speaker.
errors-apology = Anteeksi. Minulla on nyt ongelma. Yritä pian uudelleen. Tai kirjoita /menu.
