answers-more = ➕ More
answers-helpful = 👍
answers-not-helpful = 👎
answers-other-topic = ↪️ { $title }
answers-person = 🙋 Talk to a person
answers-topics = 📚 All topics
answers-none-of-these = None of these
# Unsure between two or three topics: one question in their own words (the topics' `about` phrases), a button each.
answers-unsure =
    { $count ->
        [1] Is this about { $first }?
        [2] Is this about { $first }, or about { $second }?
       *[other] Is this about { $first }, { $second }, or { $third }?
    }
answers-something-else = Something else
# A message that raised two matters: the second one's button under the answer.
answers-also = 📌 Also: { $title }
answers-also-offer = You also wrote about { $about }.
answers-decline =
    Sorry, I do not know the answer to that. I only know about a few things, for example Kela, permits, housing and health.
    Choose a topic, or talk to a person: Kototori is open { $opening_hours }, no appointment needed.
answers-fallback-note = <i>This text is not yet in your language. Here it is in { $language }.</i>
answers-draft-note = <i>Draft translation, not yet checked.</i>
answers-switch-language = 🌐 Write in { $language }?
answers-urgent =
    🚨 <b>If there is danger now, call 112.</b>
    • Crisis help by phone, 24/7: MIELI crisis line 09 2525 0111
    • Violence or threats from a partner or family member, for everyone, 24/7 and free: Nollalinja 080 005 005
    • Medical helpline (urgent care): 116117
answers-thanks-feedback = Thank you for your feedback!
answers-sorry-feedback = Sorry that did not help. Maybe one of these, or talk to a person.
answers-categories = Choose a subject.
answers-category-topics = Choose a topic.
answers-category-about = 🏠 Kototori
answers-category-papers = 📄 Letters, forms, bills
answers-category-permits = 🛂 Permits and citizenship
answers-category-money = 💶 Kela and money
answers-category-work-study = 🎓 Work and studies
answers-category-family = 👨‍👩‍👧 Children and family
answers-category-housing = 🏢 Housing
answers-category-health-safety = 🩺 Health and safety
answers-category-rights = ⚖️ Rights, bank, tax, library
answers-smalltalk-greeting = Hello! 👋 Ask me a question, or choose a button.
answers-smalltalk-thanks = You are welcome! Ask again any time.
answers-smalltalk-goodbye = Goodbye! Kototori is open { $opening_hours }. Welcome!
