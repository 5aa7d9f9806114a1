# Draft translation: not yet checked by a native speaker.
hoursadmin-not-allowed = Vain Kototorin koordinaattorit voivat tehdä tämän.
hoursadmin-menu-title = 🛠 <b>Koordinaattori</b>: mitä haluat muuttaa?
hoursadmin-menu-hours = 🕘 Aukioloajat
hoursadmin-menu-events = 📅 Tapahtumat
hoursadmin-title = 🛠 <b>Aukioloaikojen muutokset</b> (arkipyhät tulevat automaattisesti)
hoursadmin-empty = Lähiviikkoina ei ole muutoksia.
hoursadmin-add = ➕ Lisää muutos
hoursadmin-remove = 🗑 Poista { $day }
hoursadmin-pick-day = Valitse päivä. 🕘 = tavallinen aukiolopäivä.
hoursadmin-earlier = ◀️ Aiemmat
hoursadmin-later = Myöhemmät ▶️
hoursadmin-cancel = ✖️ Peruuta
hoursadmin-what = { $day }: nyt { $hours }. Mikä muuttuu?
hoursadmin-closed = ⛔ Kiinni koko päivän
hoursadmin-hours = 🕘 Auki eri aikaan
hoursadmin-pick-opens = Mihin aikaan aukeaa?
hoursadmin-pick-closes = Mihin aikaan sulkeutuu?
hoursadmin-pick-reason = Miksi? Valitse syy tai kirjoita se.
hoursadmin-type-reason = ✏️ Kirjoita syy
hoursadmin-write-reason = Kirjoita syy yhdelle lyhyelle riville (kävijät näkevät sen sellaisenaan).
hoursadmin-saved = ✅ Tallennettu. { $day }: { $hours }
hoursadmin-invalid = Tämä ei onnistunut: päivä on mennyt tai ajat eivät kelpaa. Mitään ei muutettu.
hoursadmin-removed = ✅ Päivän { $day } muutos on poistettu.
