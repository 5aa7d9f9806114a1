# Draft translation: not yet checked by a native speaker.
# Staff texts: advisors read them in Finnish (handlers/cases/views.py STAFF_LOCALE); kept in every locale all the same.
advisors-topic-name = { $urgent ->
        [yes] 🚨 #{ $number }
       *[no] #{ $number }
    } · { $language } · { $topic }
advisors-language-fi = Finnish
advisors-language-fi-selko = Finnish fudud
advisors-language-ar = Carabi
advisors-language-fa-af = Dari
advisors-language-so = Soomaali
advisors-language-en = Ingiriisi
advisors-no-topic = mawduuca lama garan
advisors-summary =
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
advisors-not-answered = wax weli ma jiraan
advisors-summary-recreated = ♻️ Mawduucii hore ee kiiskan waa la tirtiray. Kiisku halkan ayuu ka sii socdaa.
advisors-urgent-mention = 🚨 Degdeg, lataliyayaasha shaqada joogga: { $people }
advisors-urgent-nobody = 🚨 Degdeg, qofna shaqada ma joogo (/duty). Fadlan qaado kiiska.
advisors-nobody-on-duty = qofna shaqada ma joogo (/duty)
advisors-button-take = ✋ Qaado kiiska
advisors-button-release = ↩️ Ku celi safka
advisors-button-close = ✅ Xir
advisors-button-reopen = 🔄 Mar kale fur
advisors-button-delete = 🗑 Tirtir
advisors-button-kb = 📚 Jawaab kaydka aqoonta
advisors-button-phrases = 💬 Weedho diyaar ah
advisors-note-taken = ✋ { $by } ayaa qaatay kiiska #{ $number }. Fariimihiisa mawduucan waxay u tagayaan qofka.
advisors-note-taken-over = ✋ { $by } ayaa kiiska #{ $number } ka qaatay { $previous }.
advisors-note-released = ↩️ { $by } ayaa kiiska #{ $number } ku celiyay safka.
advisors-note-closed = ✅ { $by } ayaa xiray kiiska #{ $number }. Qofka waxaa la weydiinayaa qiimeyn.
advisors-note-closed-blocked = ⛔ Qofku wuu xannibay bot-ka. Kiiska #{ $number } waa la xiray.
advisors-note-reopened = 🔄 { $by } ayaa mar kale furay kiiska #{ $number }.
advisors-note-reopened-newcomer = 🔄 Qofku mar kale ayuu qoray toddobaad gudihiis: kiiska #{ $number } wuxuu ku jiraa safka. Lataliyihii hore: { $previous }.
advisors-note-urgent = 🚨 Fariinta qofku waxay u egtahay degdeg. Kiiska #{ $number } hadda waa degdeg. { $people }
advisors-note-kb-sent = 📚 Qofka waxaa loogu diray { $language }: { $title }
advisors-note-phrase-sent = 💬 Qofka waxaa loogu diray { $language }: { $phrase }
advisors-note-kb-choose = 📚 Dooro jawaabta. Qofku wuxuu ku helayaa { $language }. Ama raadi: /kb asumistuki
advisors-note-kb-none = 📚 Mawduuc lama helin. Isku day erayo kale, tusaale /kb oleskelulupa
advisors-note-phrases = 💬 Dooro weedh. Qofku wuxuu ku helayaa { $language }:
advisors-note-not-in-topic = Amarkan ku isticmaal mawduuca kiis.
advisors-note-refused = ⚠️ { $reason }
advisors-note-duty-on = 🟢 { $name } shaqada ayuu joogaa: kiisaska degdegga ah ayaa ku xusi doona. /duty off ayaa dhammeeya.
advisors-note-duty-off = ⚪ { $name } shaqada ma joogo hadda.
advisors-edited = ✏️ Qofku wuu beddelay fariin:
advisors-ok = ✔️ Waa la sameeyay
advisors-refused-not-found = Badhankan kama tirsana kiiska mawduucan.
advisors-refused-closed = Kiisku waa xiran yahay. Marka hore mar kale fur (🔄).
advisors-refused-not-closed = Kiisku ma xirna.
advisors-refused-already-yours = Kiiskan horey ayaad u haysay.
advisors-refused-changed = Qof kale ayaa isla waqtigaas beddelay kiiska. Eeg fariinta ugu dambeysa oo isku day mar kale.
advisors-refused-not-active = Qofna ma qaadan kiiska.
advisors-refused-not-owner = Kiiska waxaa haya lataliye kale. Marka hore qaado (✋).
advisors-refused-take-first = Fariinta looma dirin qofka: marka hore qaado kiiska (✋).
advisors-refused-coordinators-only = Isku-duwayaasha oo keliya ayaa tan samayn kara.
advisors-refused-newcomer-has-open-case = Qofku wuxuu leeyahay kiis kale oo furan.
advisors-refused-unknown-topic = Mawduucan kuma jiro kaydka aqoonta.
advisors-refused-unknown-phrase = Weedhan ma jirto.
advisors-refused-not-staff = Lataliyayaasha oo keliya ayaa isticmaali kara badhamadan.
advisors-refused-busy = Mar kale isku day.
advisors-cases-title = 📋 <b>Kiisaska furan: { $count }</b>
advisors-cases-none = 📋 Kiis furan ma jiro.
advisors-cases-line = { $urgent ->
        [yes] 🚨
       *[no] •
    } { $number } { $language } · { $topic } · { $state ->
        [active] { $owner }
       *[waiting] sugaya
    } · { $waited }
advisors-report =
    📊 <b>Kiisaska { $since } – { $until }</b>
    • Kiisas: { $total } (degdeg: { $urgent })
    • Luqadaha: { $languages }
    • Mawduucyada: { $topics }
    • Maalmaha: { $days }
    • Waqtiga dhexe ee jawaabta ugu horreysa: { $median }
    • Celceliska qiimeynta: { $rating }
advisors-command-cases = Kiisaska furan iyo waqtiyada sugitaanka
advisors-command-kb = Dir jawaab kaydka aqoonta (mawduuca kiiska)
advisors-command-phrase = Dir weedh diyaar ah (mawduuca kiiska)
advisors-command-duty = Shaqada ayaan joogaa / ma joogo
advisors-command-report = Tirakoobka kiisaska (isku-duwayaasha)
