# Draft translation: not yet checked by a native speaker.
## Cidda warqadda soo dirtay iyo nooca warqadda
letters-sender-name = { $sender ->
    [kela] Kela (xafiiska caawimaadda bulshada)
    [migri] Migri (xafiiska socdaalka Finland)
    [dvv] DVV (diiwaanka dadweynaha)
    [vero] Vero (xafiiska canshuuraha)
    [employment] xafiiska shaqada (TE)
    [health] adeegyada caafimaadka
    [school] dugsiga ama xannaanada carruurta
    [landlord] milkiilaha gurigaaga
    [debt-collection] shirkad deyn ururisa
    [bank] bangi
    [police-court] booliiska ama maxkamadda
   *[other] dir kale
}
letters-kind-name = { $kind ->
    [request-for-information] codsi macluumaad dheeraad ah
    [decision] go'aan
    [invoice] biil
    [payment-reminder] xasuusin lacag bixin
    [debt-collection] warqad deyn ururin
    [appointment] ballan ama casuumad
   *[other] warqad nooc kale ah
}

## Sharraxaadda
letters-summary =
    📄 <b>Warqaddaada</b>
    Cidda soo dirtay: <b>{ letters-sender-name }</b>
    Waa: <b>{ letters-kind-name }</b>
letters-deadline = ⏰ Waqtiga ugu dambeeya: <b>{ $date }</b> ({ $when ->
    [today] maanta
    [tomorrow] berri
    [past] { $days ->
        [one] hal maalin ka hor
       *[other] { $days } maalmood ka hor
    }
   *[future] { $days ->
        [one] hal maalin kadib
       *[other] { $days } maalmood kadib
    }
})
letters-deadline-unsure = ❓ Taariikhda si hubaal ah uma akhrin karin. Warqadda ka raadi erayga “viimeistään” (ugu dambeyn) ama “eräpäivä” (maalinta lacagta).
letters-deadline-maybe = ❓ Taariikhdu waxay noqon kartaa { $date }, laakiin si hubaal ah uma akhrin karin. Warqadda ka hubi: raadi erayga “viimeistään” ama “eräpäivä”.
letters-amount = 💶 Lacagta: <b>{ $amount }</b>
letters-amount-maybe = ❓ Lacagtu waxay noqon kartaa { $amount }, laakiin si hubaal ah uma akhrin karin. Warqadda ka hubi: raadi “yhteensä” (wadarta) ama “maksettava” (lacagta la bixinayo).
letters-advice = 👉 { $kind ->
    [request-for-information] Waxay kaa rabaan macluumaad ama waraaqo dheeraad ah. Soo dir ka hor waqtiga ugu dambeeya, haddii kale go'aan ayaa la gaari karaa iyaga la'aantood.
    [decision] Go'aan ayaa la gaaray. Akhri waxa la go'aamiyay. Haddii aadan ku raacsanayn, waad ka dacwoon kartaa: warqadda ayaa sheegaysa sida iyo ilaa goorma.
    [invoice] Bixi biilka ka hor maalinta lacagta. Isticmaal lambarka tixraaca (viitenumero) marka aad bixinayso. Haddii aadan bixin karin, weydii qorshe lacag bixin ka hor maalinta lacagta.
    [payment-reminder] Biil waqtigiisii lama bixin. Hadda bixi si aanu ugu gudbin deyn ururin. Haddii aadan bixin karin, weydii qorshe lacag bixin.
    [debt-collection] Warqaddan ha iska indho tirin. Hubi in deyntu sax tahay. Shirkadda waxaad weydiin kartaa qorshe lacag bixin, talo bixinta deynta ee bilaashka ah ayaa ku caawin karta.
    [appointment] Ballan ayaad leedahay. Tag waqtigaas, ama u sheeg ka hor haddii aadan iman karin.
   *[other] La-taliye Kototori jooga ayaa kaa caawin kara akhrinta warqaddan.
}
letters-machine-note = <i>Kombiyuutar ayaa warqaddan akhriyay, sidaas darteed wuu qaldami karaa. Waxba lagama kaydin warqaddaada.</i>
letters-topic-button = 📚 { $title }
letters-remind-button = ⏰ I xasuusi ka hor waqtiga ugu dambeeya
letters-book-button = 🗓 Qabso ballan
letters-person-button = 🙋 La hadal qof

## Marka warqadda la akhrin karin
letters-unreadable = 📷 Tan si fiican uma akhrin karin. { $problem ->
    [dark] Sawirku aad buu u madow yahay.
    [blurred] Sawirku ma cadda.
    [cut] Qayb warqadda ka mid ah sawirka kuma jirto.
   *[no-text] Ma helin qoraalka warqad.
}

    <b>Talooyin sawir ka wanaagsan:</b>
    • Warqadda miis dul dhig, meel iftiin leh. Ha isticmaalin flash-ka.
    • Taleefanka si toos ah warqadda korkeeda u qabo, hana dhaqaajin.
    • Bogga oo dhan waa inuu sawirka ku jiraa, afarta gees oo dhan.
    • Bog kasta sawir gooni ah ka qaad, kuwana wada dir.
    • Haddii warqadda aad u haysato fayl PDF ah, soo dir faylka.
letters-cut-note = ✂️ Qayb warqadda ka mid ah ayaa laga yaabaa inaysan sawirka ku jirin. Waxaan tusayaa waxa aan akhrin karay, laakiin taariikhaha iyo lacagaha adigu hubi.
letters-too-big = 📄 Faylkan aad buu ii weyn yahay. Waxaan akhrin karaa faylal ilaa 20 MB ah. Taa beddelkeed, bog kasta sawir ka soo dir.
letters-too-many-pixels = 📄 Sawirkan aad buu ii weyn yahay. Taa beddelkeed, bog kasta sawir caadi ah ka soo dir.
letters-wrong-file = 📄 Waxaan akhrin karaa sawirrada warqadaha (JPG, PNG) iyo faylasha PDF. Faylka noocan ah ma akhrin karo.
letters-person-note = Haddii aad oggolaato, sawirrada ama faylka warqaddan ayaan sidoo kale u dirayaa la-taliyaha.

## Xasuusinta
letters-remind-set = ✅ { $first ->
    [yes] Waan ku xasuusin doonaa { $soon } iyo subaxda { $date }.
   *[no] Waan ku xasuusin doonaa subaxda { $date }.
}
letters-remind-cancel-button = ❌ Jooji xasuusinta
letters-remind-cancelled = Xasuusinta waa la joojiyay.
letters-remind-gone = Xasuusintani hadda ma shaqaynayso.
letters-remind-late = Waqtiga ugu dambeeya aad buu u dhow yahay ama wuu dhaafay. Xasuusin ma dhigi karo.
letters-reminder-soon =
    ⏰ <b>Xasuusin</b>
    Warqaddaada ka timid { letters-sender-name } ({ letters-kind-name }) waqtigeeda ugu dambeeya waa 3 maalmood kadib: <b>{ $date }</b>.
letters-reminder-today =
    ⏰ <b>Xasuusin</b>
    Maanta waa waqtiga ugu dambeeya ee warqaddaada ka timid { letters-sender-name } ({ letters-kind-name }): <b>{ $date }</b>.
letters-privacy-reminders = ⏰ <b>Xasuusinta warqadaha</b> (taariikhda, cidda soo dirtay iyo nooca warqadda oo keliya, ma aha warqadda lafteeda):
letters-privacy-item = • { $date }: { letters-sender-name }, { letters-kind-name }
