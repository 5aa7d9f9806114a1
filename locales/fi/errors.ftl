errors-apology = Anteeksi, minulla meni jotain vikaan. Yritä hetken päästä uudelleen tai käytä komentoa /menu.
