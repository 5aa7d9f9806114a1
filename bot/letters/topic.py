"""What to do next: the knowledge-base topic (a stable id of knowledge/topics/) for a letter's sender and kind."""

from __future__ import annotations

from bot.letters.values import fold

# The kind decides first where it says what to do whoever sent it: a bill is paid the same way from anyone,
# and a request for more information needs the same help reading and answering it.
_BY_KIND = {
    "request-for-information": "translate-documents",
    "invoice": "pay-bills",
    "payment-reminder": "pay-bills",
    "debt-collection": "pay-bills",
}
# DVV's decisions and confirmations (municipality of residence, moving notice, registration) have their own topic;
# its requests for information still go to translate-documents and its invoices to pay-bills (by kind, above).
_BY_SENDER = {
    "kela": "kela-benefits",
    "migri": "residence-permit",
    "dvv": "dvv-registration",
    "vero": "tax-card",
    "employment": "employment-services",
    "health": "health-centre",
    "school": "daycare-school",
    "landlord": "housing-search",
    "debt-collection": "pay-bills",
    "bank": "bank-id",
    "police-court": "legal-aid",
}
_APPOINTMENT = {"kela": "make-appointment", "migri": "make-appointment", "health": "health-centre"}
# A more precise topic when the letter names the benefit or matter (folded prefixes).
_REFINE = {
    "kela": [
        (("asumistu", "bostadsbidrag", "housing allowance"), "housing-allowance"),
        (("toimeentulotu", "utkomststod", "social assistance"), "social-assistance"),
        (("lapsilisa", "barnbidrag", "child benefit", "vanhempainraha", "aitiysavustus"), "child-benefit"),
        (("tyomarkkinatu", "tyottomyysetuu", "arbetsmarknadsstod", "unemployment"), "unemployment-benefit"),
    ],
    "migri": [
        (
            ("perheenyhdistami", "perhesitee", "familjeband", "family ties", "family reunification"),
            "family-reunification",
        ),
        (("kansalaisuu", "medborgarskap", "citizenship"), "citizenship"),
    ],
}
_EVICTION = ("irtisano", "haato", "purkaa", "purku", "uppsagning", "vrakning", "eviction", "terminat")


def topic_for(sender: str, kind: str, text: str = "") -> str:
    """The knowledge-base topic for a letter; a landlord's notice that ends the lease points to eviction help."""
    folded = fold(text)
    if (
        sender == "landlord"
        and kind not in {"invoice", "appointment"}
        and any(w in folded for w in _EVICTION)
    ):
        return "eviction"
    if kind in _BY_KIND:
        return _BY_KIND[kind]
    if kind == "appointment" and sender in _APPOINTMENT:
        return _APPOINTMENT[sender]
    for words, topic in _REFINE.get(sender, []):
        if any(w in folded for w in words):
            return topic
    return _BY_SENDER.get(sender, "translate-documents")
