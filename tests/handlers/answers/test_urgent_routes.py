"""Every urgent route, in every language, through the bot: the emergency numbers first, then the right topic.

The child-taken-into-care route answers with the child-welfare topic: appeal to the administrative court, the
social and crisis emergency line, public legal aid (not the rectification request of other social services)."""

from __future__ import annotations

import re

import pytest

from tests.harness import BotHarness


def plain(html: str) -> str:
    """The emulator shows what Telegram shows: the text without its HTML tags."""
    return re.sub(r"<[^>]+>", "", html)


LANGUAGE_BUTTON = {
    "en": "English",
    "fi": "Suomi",
    "fi-selko": "Selkosuomi",
    "ar": "العربية",
    "fa-AF": "دری",
    "so": "Soomaali",
}

# kind -> (topic, one message per locale the way people write it)
ROUTES: dict[str, tuple[str, dict[str, str]]] = {
    "emergency": (
        "emergency",
        {
            "en": "help the house next door is on fire",
            "fi": "naapurin talo palaa nyt",
            "fi-selko": "meidän talossa on tulipalo",
            "ar": "في حريق بالبناية تبعنا",
            "fa-AF": "خانه همسایه آتش گرفته",
            "so": "dab ayaa ka kacay guriga deriska",
        },
    ),
    "mental-health": (
        "mental-health",
        {
            "en": "i want to die, nothing helps",
            "fi": "haluan kuolla enkä jaksa mitään",
            "fi-selko": "en halua elää enää",
            "ar": "بدي موت ما عاد فيني",
            "fa-AF": "میخواهم بمیرم دیگه طاقت ندارم",
            "so": "waxaan rabaa inaan is dilo",
        },
    ),
    "domestic-violence": (
        "domestic-violence",
        {
            "en": "my husband hits me when he is angry",
            "fi": "mieheni lyö minua kun hän suuttuu",
            "fi-selko": "mies lyö minua kotona",
            "ar": "زوجي يضربني لما يعصب",
            "fa-AF": "شوهرم مرا میزند وقتی قهر میشود",
            "so": "ninkayga ayaa i garaacay",
        },
    ),
    "eviction": (
        "eviction",
        {
            "en": "the landlord is kicking us out on friday",
            "fi": "meidät häädetään asunnosta ensi viikolla",
            "fi-selko": "meidät heitetään ulos asunnosta",
            "ar": "صاحب البيت بدو يطردونا من البيت",
            "fa-AF": "صاحب خانه ما را بیرون میکند",
            "so": "guriga naga saarayaan usbuucan",
        },
    ),
    "child-custody": (
        "child-welfare",
        {
            "en": "child welfare took my children yesterday",
            "fi": "lastensuojelu vei lapseni eilen",
            "fi-selko": "lastensuojelu vei minun lapset",
            "ar": "اخذوا ولادي الشؤون الاجتماعية",
            "fa-AF": "اطفالم را گرفتند سوسیال",
            "so": "sosiaalka ayaa carruurtayda qaateen",
        },
    ),
}


@pytest.mark.parametrize("locale", list(LANGUAGE_BUTTON))
async def test_urgent_routes_answer_in_every_language(sqlite_harness: BotHarness, locale: str) -> None:
    h = sqlite_harness
    l10n = h.translator(locale)
    for kind, (topic_id, messages) in ROUTES.items():
        user = await h.newcomer("Sara", LANGUAGE_BUTTON[locale], language_code=None)
        first, second = await h.say(user, messages[locale], expect=2)
        assert first["text"] == plain(l10n("answers-urgent")), (
            f"{kind}/{locale}: the emergency numbers come first"
        )
        assert "112" in first["text"] and "080 005 005" in first["text"]
        topic = h.resources.questions.render(topic_id, locale)
        assert topic is not None and topic.locale == locale
        assert plain(topic.text.title) in second["text"], f"{kind}/{locale}: answered with {topic_id}"


@pytest.mark.parametrize("locale", list(LANGUAGE_BUTTON))
async def test_a_child_taken_into_care_gets_the_appeal_route(sqlite_harness: BotHarness, locale: str) -> None:
    h = sqlite_harness
    user = await h.newcomer("Sara", LANGUAGE_BUTTON[locale], language_code=None)
    _, answer = await h.say(user, ROUTES["child-custody"][1][locale], expect=2)
    text = answer["text"]
    assert "hallinto-oikeu" in text, "the administrative court, by its Finnish name in every language"
    assert "050 062 5990" in text, "the social and crisis emergency line"
    assert "112" in text
    assert "oikaisuvaatimus" not in text, "a care order is not corrected by a rectification request"
    more = h.resources.questions.render("child-welfare", locale)
    assert more is not None and more.text.more is not None
    assert "oikeus.fi/oikeusapu" in more.text.more, "public legal aid"


async def test_nollalinja_is_for_everyone_in_every_language(translator: object) -> None:
    from bot.i18n import LOCALES, Translator

    assert isinstance(translator, Translator)
    for locale in LOCALES:
        block = translator(locale)("answers-urgent")
        line = next(x for x in block.splitlines() if "080 005 005" in x)
        for women_only in ("for women", "naisille", "Apua naisille", "للنساء", "برای زنان", "haweenka"):
            assert women_only not in line, f"{locale}: Nollalinja serves everyone in a close relationship"
