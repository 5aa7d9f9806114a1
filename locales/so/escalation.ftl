# Draft translation: not yet checked by a native speaker.
escalation-consent =
    🙋 <b>La hadal qof</b>
    Su'aashaada waxaan u diri karaa lataliye Kototori ka shaqeeya. Lataliyuhu waa qof dhab ah.

    <b>Lataliyuhu wuxuu arki doonaa:</b>
    • luqaddaada iyo mawduuca su'aashaada
    • fariimaha, sawirrada iyo faylasha aad halkan ka soo dirto hadda laga bilaabo ilaa wadahadalku dhammaado

    Lataliyuhu <b>ma</b> arki doono magacaaga, lambarka taleefankaaga iyo wixii aad hore ii qortay.
    Ma ku raacsan tahay?
escalation-consent-yes = ✅ Haa, u dir lataliye
escalation-consent-no = Maya, mahadsanid
escalation-consent-declined = Hagaag. Waxba lama dirin. Wax kale waad i weydiin kartaa.
escalation-describe =
    Mahadsanid. Su'aashaada ku qor dhowr weedhood.
    Waxaad sidoo kale soo diri kartaa sawirka warqad ama dukumenti.
    Wax kasta oo aad hadda soo dirto waxay u tagayaan lataliyaha.
escalation-send-without = Dir adigoon qorin
escalation-cancel = ❌ Jooji
escalation-cancelled = Waa la joojiyay. Waxba looma dirin lataliye.
escalation-open-now = ✅ Lataliyayaashu hadda way shaqeynayaan. Lataliye ayaa halkan kaaga jawaabi doona.
escalation-open-later = 🕘 Lataliyayaashu hadda ma shaqeynayaan. Su'aashaada waa la kaydiyay. Lataliyayaashu waxay soo noqonayaan: { $when }.
escalation-open-unknown = 🕘 Lataliyayaashu hadda ma shaqeynayaan. Su'aashaada waa la kaydiyay. Lataliye ayaa kuu jawaabi doona sida ugu dhakhsaha badan.
escalation-queue = Lambarkaaga safka: { $position }.
escalation-assistant = Kototori waxaa jooga kaaliye luqadeed oo ku hadla { $language } maalmahan: { $days }.
escalation-urgent-note = 🚨 Haddii aad hadda khatar ku jirto, wac 112.
escalation-already-open = Hadda waxaad la hadlaysaa lataliye. Fariintaada halkan ku qor. Waxay u tagaysaa lataliyaha.
escalation-reopened = Wadahadalkaagii lataliyaha mar kale ayaa la furay. Fariintaada halkan ku qor. Waxay u tagaysaa lataliyaha.
escalation-taken = 🙋 Lataliye ayaa hadda kuu jawaabaya. Fariimahaaga halkan ku qor.
escalation-released = Su'aashaadu mar kale ayay safka ku jirtaa. Lataliye kale ayaa kuu jawaabi doona.
escalation-closed =
    Lataliyuhu wuu dhammeeyay wadahadalka. Mahadsanid!
    Hadda anigu mar kale ayaan su'aalahaaga ka jawaabayaa.
    Haddii aad caawimaad kale u baahato muddo toddobaad ah gudahood, ka jawaab fariinta lataliyaha.

    Sidee ahayd? Dooro 1 ilaa 5 xiddigood.
escalation-rated = Waad ku mahadsan tahay qiimeyntaada!
escalation-edited = ✏️ Lataliyuhu wuu beddelay fariin:
escalation-kb-from-advisor = 📚 Macluumaad ka yimid lataliyaha:
escalation-person-now = 🙋 Hadda la hadal qof
escalation-privacy-title = <b>Wadahadalladaada lataliyayaasha</b> (waa la tirtiraa { $days } maalmood kadib markay dhammaadaan):
escalation-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] furan
       *[closed] dhammaaday
    }
escalation-phrase-received = Waad ku mahadsan tahay fariintaada. Dhowaan ayaan kuu jawaabi doonaa.
escalation-phrase-send-photo = Fadlan soo dir sawirka warqadda. Hubi in qoraalka oo dhan la akhrin karo.
escalation-phrase-wait = Fadlan wax yar sug. Arrinta ayaan hubinayaa.
escalation-phrase-answer-by-friday = Waxaan kuu jawaabi doonnaa ka hor Jimcaha.
escalation-phrase-come-visit = { $assistant ->
        [yes] Fadlan kaalay Kototori maalinta { $day } saacadda 10. Halkaas waxaa jooga kaaliye luqadeed oo ku hadla { $language }.
       *[no] Fadlan kaalay Kototori maalinta { $day } saacadda 10.
    } Kototori waxay ku taal maqaaxida xarunta madadaalada Hervanta. Ballan looma baahna.
escalation-phrase-bring-papers = Fadlan keen warqadda iyo kaarka sharciga degganaanshaha ama kaarka aqoonsiga.
escalation-phrase-danger-112 = Haddii aad hadda khatar ku jirto, wac 112.
escalation-phrase-anything-else = Ma jiraa wax kale oo aan kaa caawin karo?
