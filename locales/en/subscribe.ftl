subscribe-offer = 📢 Would you like short news from Kototori now and then? For example changed opening hours or new groups. You can stop any time.
subscribe-offer-yes = ✅ Yes, please
subscribe-offer-no = No, thanks
subscribe-declined = OK, no news. You can change this any time with /subscribe.
subscribe-status =
    { $on ->
        [yes] 🔔 You get news from Kototori.
       *[no] 🔕 You do not get news from Kototori.
    }
    Choose the topics you like (you can skip this). General news comes to everyone who gets news.
subscribe-interest-finnish = 🇫🇮 Learning Finnish
subscribe-interest-work = 💼 Work and studies
subscribe-interest-families = 👨‍👩‍👧 Families and children
subscribe-interest-sports = ⚽ Sports
subscribe-interest-events = 🎉 Events and groups
subscribe-on-button = 🔔 Get news
subscribe-off-button = 🔕 Stop all news
subscribe-done-button = ✅ Done
subscribe-saved = ✅ Saved. You can change this any time with /subscribe.
subscribe-stop-button = 🔕 Stop news
subscribe-stopped = 🔕 You will not get news any more. You can turn news on again with /subscribe.
subscribe-again-button = 🔔 Get news again
subscribe-started = 🔔 You get news from Kototori again.
subscribe-offer-digest = 📅 Only a weekly overview (Mondays)
subscribe-digest-button = 📅 Weekly overview on Mondays
subscribe-digest-status = { $on ->
    [yes] 📅 Every Monday morning you get an overview of the week: opening days and groups.
   *[no] 📅 You can also get an overview of the week every Monday morning: opening days and groups.
}
subscribe-digest-stop-button = 📅 Stop the weekly overview
subscribe-digest-stopped = 📅 You will not get the weekly overview any more. You can turn it on again with /subscribe.
subscribe-digest-again-button = 📅 Get the weekly overview again
subscribe-digest-started = 📅 You get the weekly overview again.
