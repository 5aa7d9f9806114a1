# Draft translation: not yet checked by a native speaker.
onboarding-choose-language = 🌐 Dooro luqaddaada
onboarding-language-saved = Luqadda: { $language }. Waxaad beddeli kartaa waqti kasta adigoo isticmaalaya /language.
onboarding-welcome =
    👋 Salaan, { $name }! Waxaan ahay <b>bot-ka Kototori</b>.

    Waxaan bixiyaa macluumaad guud oo ku saabsan nolosha Tampere: Kela, sharciga degenaanshaha, guriyeynta, caafimaadka, shaqada iyo iskuulka. Ma ihi hay'ad dawladeed, go'aanna ma gaaro.

    Markaad qof u baahato, kaalay <b>Kototori</b>: { $place }, <b>{ $opening_hours }</b>, waa bilaash, ballan looma baahna.

    🔒 Waxaan kaydiyaa oo keliya waxa aan u baahanahay si aan kuugu jawaabo. /privacy ayaa ku tusaya waxa aan kaydiyo.
onboarding-welcome-back = Ku soo dhawoow mar kale! Maxaad rabtaa inaad samayso?
