console-link = Tässä on linkki henkilökunnan konsoliin: <a href="{ $url }">avaa konsoli</a>
    Linkki toimii yhden kerran ja { $minutes } minuuttia. Älä anna linkkiä muille.
console-not-configured = Konsolilla ei ole vielä osoitetta. Ylläpitäjä lisää sen (KOTOTORI_CONSOLE_URL).
