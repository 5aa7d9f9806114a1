console-link = Kirjautumislinkkisi henkilökunnan konsoliin: <a href="{ $url }">avaa konsoli</a>
    Linkki toimii kerran, { $minutes } minuutin ajan. Älä välitä sitä eteenpäin: se avaa konsolin sinun nimissäsi.
console-not-configured = Henkilökunnan konsolilla ei ole vielä osoitetta. Ylläpitäjä asettaa KOTOTORI_CONSOLE_URL-muuttujan.
