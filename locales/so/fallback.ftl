# Draft translation: not yet checked by a native speaker.
fallback-sticker = Istiikar qurux badan! 🙂 Waxaan akhriyi karaa qoraal oo keliya. Fadlan qor su'aashaada ama dooro badhan.
fallback-voice = Ma dhegeysan karo fariimaha codka. Fadlan qor dhowr eray, ama dooro badhan. Qof jooga Kototori ayaa sidoo kale ku caawin kara: Talaadada iyo Jimcaha, saacadda 9–15.
fallback-photo = Ma akhriyi karo sawirro ama dukumentiyo. Haddii aad caawimaad uga baahan tahay warqad, u keen Kototori: Talaadada iyo Jimcaha, saacadda 9–15.
fallback-location = Mahadsanid. Uma baahni goobta aad joogto. Fadlan qor su'aashaada ama dooro badhan.
fallback-contact = Mahadsanid. Uma baahni kaararka xiriirka. Fadlan qor su'aashaada ama dooro badhan.
fallback-other = Waxaan akhriyi karaa qoraal oo keliya. Fadlan qor su'aashaada ama dooro badhan.
fallback-too-long = Fariintaadu aad bay u dheer tahay. Fadlan su'aashaada ku qor hal ama laba jumladood oo gaagaaban.
fallback-edited = Waxaan arkay inaad beddeshay fariin. Waxaan akhriyaa fariimaha cusub oo keliya: fadlan mar kale soo dir.
fallback-unknown-command = Amarkaas ma aqaan. Isku day /menu, /language ama /privacy.
fallback-stale-button = Badhankani waa duug. Waa kan liiskii mar kale.
fallback-group-note = Salaan! Waxaan ka shaqeeyaa oo keliya wada-sheekaysiga gaarka ah. Fadlan si toos ah ii soo qor. Hadda waan ka baxayaa kooxdan.
