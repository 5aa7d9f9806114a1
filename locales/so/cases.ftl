# Draft translation: not yet checked by a native speaker.
cases-consent =
    🙋 <b>La hadal qof</b>
    Su'aashaada waxaan u diri karaa lataliye Kototori ka shaqeeya. Lataliyuhu waa qof dhab ah.

    <b>Lataliyuhu wuxuu arki doonaa:</b>
    • luqaddaada iyo mawduuca su'aashaada
    • fariimaha, sawirrada iyo faylasha aad halkan ka soo dirto hadda laga bilaabo ilaa wadahadalku dhammaado

    Lataliyuhu <b>ma</b> arki doono magacaaga, lambarka taleefankaaga iyo wixii aad hore ii qortay.
    Ma ku raacsan tahay?
cases-consent-yes = ✅ Haa, u dir lataliye
cases-consent-no = Maya, mahadsanid
cases-consent-declined = Hagaag. Waxba lama dirin. Wax kale waad i weydiin kartaa.
cases-describe =
    Mahadsanid. Su'aashaada ku qor dhowr weedhood.
    Waxaad sidoo kale soo diri kartaa sawirka warqad ama dukumenti.
    Wax kasta oo aad hadda soo dirto waxay u tagayaan lataliyaha.
cases-send-without = Dir adigoon qorin
cases-cancel = ❌ Jooji
cases-cancelled = Waa la joojiyay. Waxba looma dirin lataliye.
cases-open-now = ✅ Lataliyayaashu hadda way shaqeynayaan. Lataliye ayaa halkan kaaga jawaabi doona.
cases-open-later = 🕘 Lataliyayaashu hadda ma shaqeynayaan. Su'aashaada waa la kaydiyay. Lataliyayaashu waxay soo noqonayaan: { $when }.
cases-open-unknown = 🕘 Lataliyayaashu hadda ma shaqeynayaan. Su'aashaada waa la kaydiyay. Lataliye ayaa kuu jawaabi doona sida ugu dhakhsaha badan.
cases-queue = Lambarkaaga safka: { $position }.
cases-assistant = Kototori waxaa jooga kaaliye luqadeed oo ku hadla { $language } maalmahan: { $days }.
cases-urgent-note = 🚨 Haddii aad hadda khatar ku jirto, wac 112.
cases-unreachable =
    ⚠️ Hadda ma gaarsiin karo fariintaada la-taliyayaasha cillad farsamo awgeed. Fariintaada waa la kaydiyey. La-taliyayaashu way arki doonaan marka xiriirku mar kale shaqeeyo.
    Waxaad sidoo kale iman kartaa Kototori: { $place }, { $address }. Kototori waa furan yahay { $opening_hours }. Ballan looma baahna.
    Haddii aad hadda khatar ku jirto, wac 112.
cases-already-open = Hadda waxaad la hadlaysaa lataliye. Fariintaada halkan ku qor. Waxay u tagaysaa lataliyaha.
cases-reopened = Wadahadalkaagii lataliyaha mar kale ayaa la furay. Fariintaada halkan ku qor. Waxay u tagaysaa lataliyaha.
cases-taken = 🙋 Lataliye ayaa hadda kuu jawaabaya. Fariimahaaga halkan ku qor.
cases-released = Su'aashaadu mar kale ayay safka ku jirtaa. Lataliye kale ayaa kuu jawaabi doona.
cases-closed =
    Lataliyuhu wuu dhammeeyay wadahadalka. Mahadsanid!
    Hadda anigu mar kale ayaan su'aalahaaga ka jawaabayaa.
    Haddii aad caawimaad kale u baahato muddo toddobaad ah gudahood, ka jawaab fariinta lataliyaha.

    Sidee ahayd? Dooro 1 ilaa 5 xiddigood.
cases-rated = Waad ku mahadsan tahay qiimeyntaada!
cases-edited = ✏️ Lataliyuhu wuu beddelay fariin:
cases-kb-from-advisor = 📚 Macluumaad ka yimid lataliyaha:
cases-person-now = 🙋 Hadda la hadal qof
cases-privacy-title = <b>Wadahadalladaada lataliyayaasha</b> (waa la tirtiraa { $days } maalmood kadib markay dhammaadaan):
cases-privacy-case = • #{ $number }, { $date }: { $state ->
        [open] furan
       *[closed] dhammaaday
    }
cases-phrase-received = Waad ku mahadsan tahay fariintaada. Dhowaan ayaan kuu jawaabi doonaa.
cases-phrase-send-photo = Fadlan soo dir sawirka warqadda. Hubi in qoraalka oo dhan la akhrin karo.
cases-phrase-wait = Fadlan wax yar sug. Arrinta ayaan hubinayaa.
cases-phrase-answer-by-friday = Waxaan kuu jawaabi doonnaa ka hor Jimcaha.
cases-phrase-come-visit = { $assistant ->
        [yes] Fadlan kaalay Kototori maalinta { $day } saacadda 10. Halkaas waxaa jooga kaaliye luqadeed oo ku hadla { $language }.
       *[no] Fadlan kaalay Kototori maalinta { $day } saacadda 10.
    } Cinwaanka Kototori: { $place }, { $address }. Ballan looma baahna.
cases-phrase-bring-papers = Fadlan keen warqadda iyo kaarka sharciga degganaanshaha ama kaarka aqoonsiga.
cases-phrase-danger-112 = Haddii aad hadda khatar ku jirto, wac 112.
cases-phrase-anything-else = Ma jiraa wax kale oo aan kaa caawin karo?

# -- advisors --------------------------------------------------------------------------------------------
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
cases-desk-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
cases-desk-language-fi = Finnish
cases-desk-language-fi-selko = Finnish fudud
cases-desk-language-ar = Carabi
cases-desk-language-fa-af = Dari
cases-desk-language-so = Soomaali
cases-desk-language-en = Ingiriisi
cases-desk-no-topic = mawduuca lama garan
cases-desk-summary =
    🆕 <b>Kiiska #{ $number }</b>{ $urgent ->
        [yes] {" "}🚨 <b>DEGDEG</b>
       *[no] {""}
    }
    • Luqadda: { $language }
    • Mawduuca (qiyaasta bot-ka): { $topic }
    • Bot-ku horey buu uga jawaabay: { $answered }
    • Muddada sugitaanka: { $waited } · booska safka: { $position }
    • Lataliyaha: { $owner }
    Qofku wuu ogolaaday in lataliyayaashu arkaan fariimaha hoose. U qor mawduucan kadib markaad riixdo ✋ Qaado kiiska. Bot-ku ma turjumo fariimaha, laakiin 📚 iyo 💬 waxay diraan qoraallo luqaddiisa ah.
cases-desk-not-answered = wax weli ma jiraan
cases-desk-summary-recreated = ♻️ Mawduucii hore ee kiiskan waa la tirtiray. Kiisku halkan ayuu ka sii socdaa.
cases-desk-urgent-mention = 🚨 Degdeg, lataliyayaasha shaqada joogga: { $people }
cases-desk-urgent-nobody = 🚨 Degdeg, qofna shaqada ma joogo (/duty). Fadlan qaado kiiska.
cases-desk-nobody-on-duty = qofna shaqada ma joogo (/duty)
cases-desk-button-take = ✋ Qaado kiiska
cases-desk-button-release = ↩️ Ku celi safka
cases-desk-button-close = ✅ Xir
cases-desk-button-reopen = 🔄 Mar kale fur
cases-desk-button-delete = 🗑 Tirtir
cases-desk-button-kb = 📚 Jawaab kaydka aqoonta
cases-desk-button-phrases = 💬 Weedho diyaar ah
cases-desk-note-taken = ✋ { $by } ayaa qaatay kiiska #{ $number }. Fariimihiisa mawduucan waxay u tagayaan qofka.
cases-desk-note-taken-over = ✋ { $by } ayaa kiiska #{ $number } ka qaatay { $previous }.
cases-desk-note-released = ↩️ { $by } ayaa kiiska #{ $number } ku celiyay safka.
cases-desk-note-closed = ✅ { $by } ayaa xiray kiiska #{ $number }. Qofka waxaa la weydiinayaa qiimeyn.
cases-desk-note-closed-blocked = ⛔ Qofku wuu xannibay bot-ka. Kiiska #{ $number } waa la xiray.
cases-desk-note-reopened = 🔄 { $by } ayaa mar kale furay kiiska #{ $number }.
cases-desk-note-reopened-newcomer = 🔄 Qofku mar kale ayuu qoray toddobaad gudihiis: kiiska #{ $number } wuxuu ku jiraa safka. Lataliyihii hore: { $previous }.
cases-desk-note-urgent = 🚨 Fariinta qofku waxay u egtahay degdeg. Kiiska #{ $number } hadda waa degdeg. { $people }
cases-desk-note-kb-sent = 📚 Qofka waxaa loogu diray { $language }: { $title }
cases-desk-note-phrase-sent = 💬 Qofka waxaa loogu diray { $language }: { $phrase }
cases-desk-note-kb-choose = 📚 Dooro jawaabta. Qofku wuxuu ku helayaa { $language }. Ama raadi: /kb asumistuki
cases-desk-note-kb-none = 📚 Mawduuc lama helin. Isku day erayo kale, tusaale /kb oleskelulupa
cases-desk-note-phrases = 💬 Dooro weedh. Qofku wuxuu ku helayaa { $language }:
cases-desk-note-not-in-topic = Amarkan ku isticmaal mawduuca kiis.
cases-desk-note-refused = ⚠️ { $reason }
cases-desk-note-duty-on = 🟢 { $name } shaqada ayuu joogaa: kiisaska degdegga ah ayaa ku xusi doona. /duty off ayaa dhammeeya.
cases-desk-note-duty-off = ⚪ { $name } shaqada ma joogo hadda.
cases-desk-edited = ✏️ Qofku wuu beddelay fariin:
cases-desk-ok = ✔️ Waa la sameeyay
cases-desk-refused-not-found = Badhankan kama tirsana kiiska mawduucan.
cases-desk-refused-closed = Kiisku waa xiran yahay. Marka hore mar kale fur (🔄).
cases-desk-refused-not-closed = Kiisku ma xirna.
cases-desk-refused-already-yours = Kiiskan horey ayaad u haysay.
cases-desk-refused-changed = Qof kale ayaa isla waqtigaas beddelay kiiska. Eeg fariinta ugu dambeysa oo isku day mar kale.
cases-desk-refused-not-active = Qofna ma qaadan kiiska.
cases-desk-refused-not-owner = Kiiska waxaa haya lataliye kale. Marka hore qaado (✋).
cases-desk-refused-take-first = Fariinta looma dirin qofka: marka hore qaado kiiska (✋).
cases-desk-refused-coordinators-only = Isku-duwayaasha oo keliya ayaa tan samayn kara.
cases-desk-refused-newcomer-has-open-case = Qofku wuxuu leeyahay kiis kale oo furan.
cases-desk-refused-unknown-topic = Mawduucan kuma jiro kaydka aqoonta.
cases-desk-refused-unknown-phrase = Weedhan ma jirto.
cases-desk-refused-not-staff = Lataliyayaasha oo keliya ayaa isticmaali kara badhamadan.
cases-desk-refused-busy = Mar kale isku day.
cases-desk-cases-title = 📋 <b>Kiisaska furan: { $count }</b>
cases-desk-cases-none = 📋 Kiis furan ma jiro.
cases-desk-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] sugaya
    } · { $waited }
cases-desk-report =
    📊 <b>Kiisaska { $since } – { $until }</b>
    • Kiisas: { $total } (degdeg: { $urgent })
    • Luqadaha: { $languages }
    • Mawduucyada: { $topics }
    • Maalmaha: { $days }
    • Waqtiga dhexe ee jawaabta ugu horreysa: { $median }
    • Celceliska qiimeynta: { $rating }
cases-desk-command-cases = Kiisaska furan iyo waqtiyada sugitaanka
cases-desk-command-kb = Dir jawaab kaydka aqoonta (mawduuca kiiska)
cases-desk-command-phrase = Dir weedh diyaar ah (mawduuca kiiska)
cases-desk-command-duty = Shaqada ayaan joogaa / ma joogo
cases-desk-command-report = Tirakoobka kiisaska (isku-duwayaasha)
cases-desk-unreachable = ⚠️ The bot cannot reach the advisors' group ({ $chat }): { $reason ->
        [migrated] the group became a supergroup with the new id { $new_chat }. Set KOTOTORI_ADVISORS_CHAT_ID={ $new_chat } and restart the bot.
        [rights] the bot may not create or reopen topics there. Make the bot an admin with the right to manage topics, and keep topics on.
       *[removed] the bot was removed from the group. Add it back as an admin with the right to manage topics.
    } Newcomers' messages wait in the queue, and newcomers are told that advisors cannot be reached now.
