"""Language-independent conversation scripts: the slot inventory and the families.

A *slot* is one communicative move ("threaten to send the pic to the followers"). Every
phrasing of a slot, in every language, carries exactly the slot's taxonomy signals, so the
signals of a generated message come from here and never from a lexicon. A *family* is a script
of steps; a step has a speaker role (``P``: the initiator, who writes first; ``T``: the other
person), alternative slots (one is drawn; a name repeated weighs more), an inclusion
probability, a repetition range, the gap profile for its timestamp, an optional *group* (all
steps of a group are kept or dropped together, with the family's group probability), ``unless``
(skip when one of these slots was already used) and ``shuffle`` (adjacent steps sharing a key may
swap order). Signals are validated against :mod:`sxdetect.taxonomy` at import.
"""

from __future__ import annotations

from sxdetect.taxonomy import LABELS, check_label, check_signals

from .script_types import (COLD_BENIGN, GAPS, HELPLINE, KNOWN, ROLES, STRANGER, Family, MetaProfile, S,
                           Slot, Step)

__all__ = ["SLOTS", "FAMILIES", "GAPS", "ROLES", "Family", "MetaProfile", "Slot", "Step", "S",
           "families_for", "check_scripts"]


def _slots(*rows: tuple) -> dict[str, Slot]:
    out: dict[str, Slot] = {}
    for name, sigs, image, doc in rows:
        if name in out:
            raise ValueError(f"slot {name} defined twice")
        out[name] = Slot(name, tuple(check_signals(sigs.split())), bool(image), doc)
    return out


_I = True  # has_image
#: Every slot a language must fill: (name, signals, has_image, meaning).
SLOTS: dict[str, Slot] = _slots(
    # --- contact and small talk ----------------------------------------------------------
    ("contact_opener", "new_contact", 0, "stranger's first message: saw you in suggestions/explore"),
    ("mutual_friend_opener", "new_contact", 0, "stranger's first message claiming mutual friends"),
    ("compliment_opener", "new_contact trust_building", 0, "stranger's first message is a compliment"),
    ("who_is_this", "", 0, "target asks who this is / how they found them"),
    ("reply_neutral", "", 0, "short neutral greeting or reply"),
    ("intro_self", "", 0, "speaker introduces self: name, city, what they do"),
    ("claim_same_age", "trust_building", 0, "initiator claims to be the target's age ({my_age})"),
    ("ask_age", "", 0, "asks the other's age: how old r u, asl"),
    ("target_age_reveal", "", 0, "target states own age as a plain fact ({age})"),
    ("shared_interest", "trust_building", 0, "initiator claims the same hobby/game/music"),
    ("smalltalk_question", "", 0, "everyday question: day, school, plans"),
    ("smalltalk_answer", "", 0, "everyday answer"),
    ("ack_short", "", 0, "ok / lol / sure / haha"),
    ("thanks", "", 0, "thank you / appreciate it"),
    ("photo_share_benign", "", _I, "sharing an everyday photo: food, pet, view, outfit for school"),
    ("meet_suggestion", "", 0, "suggests meeting or calling some day"),
    # --- grooming -----------------------------------------------------------------------
    ("flattery", "trust_building", 0, "compliments on looks or personality"),
    ("mature_for_age", "trust_building", 0, "'so mature for your age', 'not like others'"),
    ("flattered_reply", "", 0, "target reacts to compliments"),
    ("secrecy_request", "trust_building", 0, "don't tell anyone about us / keep it between us"),
    ("gift_promise", "trust_building", 0, "promises gift cards, game currency, clothes, money"),
    ("ask_alone", "", 0, "asks whether parents are around / whether target is alone"),
    ("platform_move", "platform_move", 0, "asks to continue on another app ({app})"),
    ("platform_move_excuse", "platform_move", 0, "moves to another app with an excuse (buggy, private)"),
    ("target_gives_handle", "", 0, "target gives their handle or agrees to add"),
    ("flirt_escalation", "trust_building", 0, "romantic escalation: likes you, thinks about you"),
    ("perp_sends_image", "image_exchange", _I, "initiator sends a private pic of 'themselves'"),
    ("image_request", "image_exchange", 0, "asks for a private pic/video"),
    ("image_pressure", "image_exchange trust_building", 0, "I sent mine, your turn, stays between us"),
    ("target_hesitate", "", 0, "target hesitates or deflects"),
    ("target_sends_image", "image_exchange", _I, "target sends a private pic, says so"),
    ("modeling_offer", "trust_building", 0, "fake scout: you could model, I work with an agency"),
    ("modeling_pics_request", "image_exchange", 0, "fake scout asks for private pics 'for the portfolio'"),
    # --- extortion ----------------------------------------------------------------------
    ("threat_followers", "threat_to_expose", 0, "has the pic and the follower list, will send it"),
    ("show_contact_list", "threat_to_expose", _I, "sends a screenshot of the target's contacts"),
    ("threat_family", "threat_to_expose", 0, "will send it to parents/siblings ({relative})"),
    ("threat_school", "threat_to_expose", 0, "will send it to the school/teachers ({school})"),
    ("threat_post_online", "threat_to_expose", 0, "will post it online / make a group chat"),
    ("threat_escalate", "threat_to_expose", 0, "starting to send now / already sent to one person"),
    ("threat_with_deadline", "threat_to_expose deadline", 0, "threat plus time limit in one message"),
    ("payment_demand_giftcard", "payment_demand", 0, "demands gift card codes ({giftcard}, {amount})"),
    ("payment_demand_app", "payment_demand", 0, "demands an app transfer ({payapp}, {amount})"),
    ("payment_demand_crypto", "payment_demand", 0, "demands crypto ({crypto}, {wallet})"),
    ("payment_demand_bank", "payment_demand", 0, "demands a bank transfer ({iban}, {amount})"),
    ("payment_demand_deadline", "payment_demand deadline", 0, "demand plus time limit in one message"),
    ("payment_instructions", "payment_demand", 0, "how to pay: scratch card, send code, exact sum"),
    ("promise_delete", "payment_demand", 0, "pay and I delete everything"),
    ("escalation_after_payment", "payment_demand", 0, "after a payment: not enough, send more"),
    ("deadline_hours", "deadline", 0, "you have {hours} hours"),
    ("deadline_countdown", "deadline", 0, "countdown: {minutes} minutes left"),
    ("deadline_now", "deadline", 0, "right now or it goes out"),
    ("demand_more_images", "payment_demand image_exchange", 0, "more pics/videos as the price"),
    ("threat_demand_more", "threat_to_expose payment_demand image_exchange", 0,
     "send more pics or I post these"),
    ("perp_dismiss", "", 0, "extorter brushes off pleading: not my problem, stop crying"),
    ("victim_panic", "victim_distress", 0, "target panics"),
    ("victim_confused", "victim_distress", 0, "how did you get that?? please"),
    ("victim_plead", "victim_distress", 0, "please don't, I'm begging"),
    ("victim_offer_less", "victim_distress", 0, "I only have {amount_small}"),
    ("victim_no_money", "victim_distress", 0, "I'm a kid / I have no money / no card"),
    ("victim_paid", "victim_distress", 0, "I paid, please delete them now"),
    ("victim_refuse", "", 0, "refusal: no, I'm reporting you / going to the police"),
    ("victim_comply", "victim_distress", 0, "bare compliance after a threat or demand: ok / fine / ok ill pay"),
    ("scam_hacked_claim", "threat_to_expose", 0, "one-sided scam: recorded you through your camera"),
    ("scam_contacts_claim", "threat_to_expose", 0, "scam: I have all your contacts, will send it"),
    ("scam_crypto_demand", "payment_demand", 0, "scam: pay {crypto_amount} in {crypto} to {wallet}"),
    ("scam_deadline", "deadline", 0, "scam: {hours} hours from reading this"),
    ("scam_no_reply", "", 0, "scam: don't reply, don't bother, the timer started"),
    ("scam_full", "threat_to_expose payment_demand deadline", 0, "the whole camera scam in one text"),
    ("hack_claim_cloud", "threat_to_expose", 0, "I got into your cloud/account and have your pics"),
    ("hack_proof", "threat_to_expose image_exchange", _I, "sends one of the target's pics as proof"),
    # --- benign hard negatives ----------------------------------------------------------
    ("partner_greeting", "", 0, "adult partner's greeting (babe, morning love)"),
    ("partner_affection", "trust_building", 0, "partner's affection: miss you, love you"),
    ("partner_flirt", "trust_building", 0, "partner's mild flirting"),
    ("partner_pic_request", "image_exchange", 0, "partner asks for a private pic, consensual"),
    ("partner_sends_pic", "image_exchange", _I, "partner sends a private pic"),
    ("partner_plans", "", 0, "partner's plans: dinner, weekend"),
    ("loan_ask", "", 0, "friend asks to borrow {debt}"),
    ("loan_reply", "", 0, "friend agrees/negotiates a loan"),
    ("repay_deadline", "deadline", 0, "lender needs {debt} back by a time, with a consequence"),
    ("repay_done", "", 0, "borrower paid back via {payapp}"),
    ("work_deadline", "deadline", 0, "work/school task due by a time, with a consequence"),
    ("work_reply", "", 0, "colleague acknowledges/updates"),
    ("market_opener", "new_contact", 0, "buyer's first message about {item}"),
    ("market_reply", "", 0, "seller/buyer logistics: available, pickup, shipping"),
    ("market_item_photo", "", _I, "photo of the item for sale (not image_exchange)"),
    ("market_negotiate", "", 0, "haggling over {price}"),
    ("market_payment", "", 0, "paying for the item via {payapp} (not payment_demand)"),
    ("market_deadline", "deadline", 0, "pay/pick up by a time or it goes to the next buyer"),
    ("game_opener", "new_contact", 0, "gamer's first message about a trade in {game}"),
    ("game_trade_offer", "", 0, "trade offer: {game_item} for a {giftcard} card"),
    ("game_code_send", "", 0, "sends a gift card code ({code}) as agreed in a trade"),
    ("game_deadline", "deadline", 0, "trade offer expires by a time"),
    ("parent_checkin", "", 0, "parent checks in"),
    ("kid_reply", "", 0, "kid answers a parent: yes im here, all good, ok mom"),
    ("parent_photo_request", "", 0, "parent asks for an everyday photo (hotel, food, friends)"),
    ("kid_sends_photo", "", _I, "kid sends the everyday photo"),
    ("parent_deadline", "deadline", 0, "home by a time or a consequence"),
    ("sibling_tease_threat", "threat_to_expose", 0, "playful sibling/friend threat: baby pics, secrets"),
    ("sibling_reply", "", 0, "sibling's annoyed/joking reply"),
    ("classmate_opener", "new_contact", 0, "new classmate adds you"),
    ("classmate_platform", "platform_move", 0, "new classmate: add me on {app} / join the group"),
    ("homework_talk", "", 0, "homework and class talk"),
    ("homework_deadline", "deadline", 0, "assignment due by a time, with a consequence"),
    ("victim_tells_friend", "victim_distress", 0, "victim tells a friend someone threatens them"),
    ("victim_details", "victim_distress", 0, "victim describes what happened and how scared they are"),
    ("friend_support", "", 0, "friend comforts: not your fault, I'm here"),
    ("friend_advice", "", 0, "friend advises: don't pay, block, report, tell an adult"),
    ("helpline_open", "victim_distress", 0, "victim's first message to a helpline/counsellor"),
    ("counsellor_reply", "", 0, "counsellor's calm acknowledgement"),
    ("counsellor_advice", "", 0, "counsellor's advice: stop contact, keep evidence, report"),
    # --- non-sexual scams and phishing (label benign: no images or secrets are threatened) -----
    ("fraud_opener", "new_contact", 0, "scam's cold first line: dear customer / security alert / you won"),
    ("fraud_pretext", "", 0, "the story: parcel held, unusual login, prize, unpaid invoice, refund, job, tech support"),
    ("fraud_link", "", 0, "asks to click or log in at {link} to verify, track, claim"),
    ("fraud_fee", "", 0, "a small fee for the pretended service: customs, shipping, release ({amount_small})"),
    ("fraud_account_deadline", "deadline", 0, "verify within {hours} hours or the account/parcel/prize is lost"),
    ("fraud_pay_or_else", "payment_demand deadline", 0, "pay the overdue {debt} by {time} or legal action/cut-off"),
    ("fraud_signoff", "", 0, "formal sign-off: regards, security team / customer service"),
    ("fraud_reply", "", 0, "recipient doubts or dismisses it: is this real, never ordered, stop, reported"),
)

OPEN = "contact_opener contact_opener mutual_friend_opener compliment_opener"
THREATS = "threat_followers threat_followers show_contact_list threat_family threat_school threat_post_online"
PAY = ("payment_demand_giftcard payment_demand_giftcard payment_demand_app payment_demand_app "
       "payment_demand_crypto payment_demand_bank payment_demand_deadline")
DEADLINES = "deadline_hours deadline_hours deadline_countdown deadline_now"
PLEAD = "victim_plead victim_plead victim_offer_less victim_no_money victim_panic victim_comply"
MOVE = "platform_move platform_move platform_move_excuse"

_FAMILIES = (
    Family("sx_financial", "sextortion", weight=4.0, meta=STRANGER, groups={"paid": 0.45, "talk": 0.6, "age": 0.45},
           doc="financial sextortion: contact, flirting, image swap, threat, payment, escalation", steps=(
        S("P", OPEN, gap="reply"), S("T", "who_is_this reply_neutral", p=0.85),
        S("P", "intro_self", p=0.5), S("P", "smalltalk_question", group="talk"),
        S("T", "smalltalk_answer", group="talk"), S("P", "ask_age", group="age"),
        S("T", "target_age_reveal", group="age"), S("P", "claim_same_age", group="age", p=0.8),
        S("P", "shared_interest", p=0.25),
        S("P", "flattery mature_for_age flattery", rep=(1, 2)), S("T", "flattered_reply", p=0.7),
        S("P", MOVE, p=0.75), S("T", "target_gives_handle ack_short", p=0.6),
        S("P", "flirt_escalation", p=0.7, gap="minutes"), S("T", "flattered_reply ack_short", p=0.4),
        S("P", "secrecy_request", p=0.35), S("P", "perp_sends_image", p=0.75, gap="minutes"),
        S("P", "image_request", gap="burst"), S("T", "target_hesitate", p=0.5),
        S("P", "image_pressure", p=0.6), S("T", "target_sends_image", gap="minutes"),
        S("P", THREATS, rep=(1, 2), gap="quick"), S("T", "victim_panic victim_confused", rep=(1, 2), gap="burst"),
        S("P", PAY, gap="quick", shuffle="pd"), S("P", DEADLINES, p=0.8, gap="burst", shuffle="pd",
                                                  unless="payment_demand_deadline"),
        S("P", "payment_instructions", p=0.3, gap="burst"),
        S("T", PLEAD, rep=(1, 3), gap="burst"),
        S("P", "threat_escalate perp_dismiss promise_delete threat_with_deadline", p=0.75, rep=(1, 2)),
        S("T", "victim_paid", group="paid", gap="minutes"),
        S("P", "escalation_after_payment", group="paid", gap="quick"),
        S("T", "victim_plead victim_panic victim_no_money", group="paid", rep=(1, 2)),
        S("P", "threat_escalate threat_with_deadline deadline_countdown", group="paid", p=0.7),
        S("T", "victim_refuse", p=0.12),
    )),
    Family("sx_fast", "sextortion", weight=2.0, meta=STRANGER,
           doc="fast financial sextortion: threat minutes after the first image", steps=(
        S("P", OPEN), S("T", "reply_neutral who_is_this", p=0.6), S("P", "flattery", p=0.5),
        S("P", MOVE, p=0.4), S("P", "perp_sends_image", p=0.6, gap="quick"),
        S("P", "image_request", gap="burst"), S("T", "target_sends_image", gap="quick"),
        S("P", "show_contact_list threat_followers threat_with_deadline", gap="burst"),
        S("P", PAY, gap="burst"), S("T", PLEAD, rep=(1, 2), gap="burst"),
        S("P", "deadline_countdown deadline_now perp_dismiss", p=0.6, gap="burst"),
        S("T", "victim_paid victim_refuse victim_plead", p=0.4),
    )),
    Family("sx_more_images", "sextortion", weight=1.5, meta=STRANGER, groups={"age": 0.4},
           doc="sextortion for more images instead of money", steps=(
        S("P", OPEN), S("T", "reply_neutral who_is_this", p=0.8), S("P", "ask_age", group="age"),
        S("T", "target_age_reveal", group="age"), S("P", "claim_same_age", group="age", p=0.7),
        S("P", "flattery mature_for_age", rep=(1, 2)), S("T", "flattered_reply", p=0.6),
        S("P", MOVE, p=0.6), S("P", "flirt_escalation", p=0.5, gap="hours"),
        S("P", "image_request"), S("T", "target_hesitate", p=0.5), S("P", "image_pressure", p=0.5),
        S("T", "target_sends_image", gap="minutes"),
        S("P", "threat_followers threat_family threat_post_online threat_school", gap="quick", shuffle="dm"),
        S("P", "demand_more_images threat_demand_more", gap="burst", shuffle="dm"),
        S("T", PLEAD, rep=(1, 2)), S("P", "deadline_hours deadline_now", p=0.5),
        S("P", "threat_escalate demand_more_images", p=0.6), S("T", "victim_plead victim_refuse", p=0.5),
    )),
    Family("sx_webcam_scam", "sextortion", weight=1.0, meta=STRANGER, daytime=True,
           doc="one-sided 'I recorded you through your camera' scam with crypto and 48 hours", steps=(
        S("P", "scam_full scam_hacked_claim"),
        S("P", "scam_contacts_claim", p=0.8, gap="burst", unless="scam_full"),
        S("P", "scam_crypto_demand", gap="burst", unless="scam_full"),
        S("P", "scam_deadline", gap="burst", unless="scam_full"), S("P", "scam_no_reply", p=0.5, gap="burst"),
        S("T", "victim_confused victim_panic victim_refuse", p=0.3, gap="hours"),
    )),
    Family("sx_hacked_cloud", "sextortion", weight=1.0, meta=STRANGER, groups={"paid": 0.3},
           doc="'I have your pics from your cloud/account' extortion", steps=(
        S("P", "hack_claim_cloud"), S("P", "hack_proof", p=0.7, gap="burst"),
        S("T", "victim_confused victim_panic", rep=(1, 2)), S("P", THREATS, p=0.6),
        S("P", PAY, gap="quick"), S("P", DEADLINES, p=0.7, gap="burst", unless="payment_demand_deadline"),
        S("T", PLEAD, rep=(1, 2)), S("T", "victim_paid", group="paid", gap="minutes"),
        S("P", "escalation_after_payment", group="paid"),
    )),
    # --- grooming: precursors, no threat ---------------------------------------------------
    Family("gr_flattery_secrecy", "grooming", weight=1.5, meta=STRANGER, groups={"talk": 0.6, "age": 0.4},
           doc="new contact, flattery and secrecy", steps=(
        S("P", OPEN), S("T", "who_is_this reply_neutral", p=0.8), S("P", "intro_self", p=0.5),
        S("P", "smalltalk_question", group="talk"), S("T", "smalltalk_answer", group="talk"),
        S("P", "ask_age", group="age"), S("T", "target_age_reveal", group="age"),
        S("P", "flattery", rep=(1, 2)), S("T", "flattered_reply", p=0.7), S("P", "mature_for_age", p=0.5),
        S("P", "secrecy_request"), S("T", "ack_short target_hesitate", p=0.5),
        S("P", "ask_alone", p=0.3), S("P", "meet_suggestion", p=0.2),
    )),
    Family("gr_platform_move", "grooming", weight=1.5, meta=STRANGER, groups={"age": 0.6},
           doc="new contact, same age and shared interests, move to another app", steps=(
        S("P", OPEN), S("T", "reply_neutral who_is_this", p=0.8), S("P", "ask_age", group="age"),
        S("T", "target_age_reveal", group="age"), S("P", "claim_same_age", group="age", p=0.8),
        S("P", "shared_interest"),
        S("T", "smalltalk_answer", p=0.7), S("P", MOVE), S("T", "target_gives_handle ack_short"),
        S("P", "flattery", p=0.5, gap="minutes"), S("T", "flattered_reply", p=0.4),
    )),
    Family("gr_gift_promise", "grooming", weight=1.0, meta=STRANGER,
           doc="new contact, gift promises and secrecy", steps=(
        S("P", OPEN), S("T", "reply_neutral", p=0.7), S("P", "shared_interest", p=0.6),
        S("P", "gift_promise", rep=(1, 2)), S("T", "flattered_reply who_is_this", p=0.7),
        S("P", "secrecy_request", p=0.7), S("P", MOVE, p=0.6), S("T", "target_gives_handle", p=0.5),
    )),
    Family("gr_image_request", "grooming", weight=2.0, meta=STRANGER,
           doc="new contact, flattery, platform move and image requests, stopping before any threat",
           steps=(
        S("P", OPEN), S("T", "reply_neutral who_is_this", p=0.8), S("P", "flattery mature_for_age", rep=(1, 2)),
        S("T", "flattered_reply", p=0.6), S("P", MOVE, p=0.7), S("T", "target_gives_handle", p=0.5),
        S("P", "flirt_escalation", p=0.6, gap="hours"), S("P", "perp_sends_image", p=0.3),
        S("P", "image_request"), S("T", "target_hesitate", p=0.7), S("P", "image_pressure", p=0.5),
        S("T", "target_hesitate ack_short target_sends_image", p=0.5),
    )),
    Family("gr_modeling_scout", "grooming", weight=0.7, meta=STRANGER,
           doc="fake model scout asking for private pictures", steps=(
        S("P", "compliment_opener contact_opener"), S("T", "who_is_this"), S("P", "modeling_offer"),
        S("T", "flattered_reply who_is_this", p=0.8), S("P", "secrecy_request", p=0.5),
        S("P", MOVE, p=0.6), S("P", "modeling_pics_request"), S("T", "target_hesitate", p=0.6),
    )),
)

_BENIGN = (
    Family("bn_partners", "benign", weight=2.0, meta=KNOWN, groups={"pics": 0.55},
           doc="adult partners flirting; consensual private pics", steps=(
        S("P", "partner_greeting"), S("T", "partner_greeting reply_neutral", p=0.6),
        S("P", "smalltalk_question", p=0.5), S("T", "smalltalk_answer", p=0.5),
        S("P", "partner_affection"), S("T", "partner_affection partner_flirt", p=0.7),
        S("P", "partner_flirt", p=0.6), S("P", "partner_pic_request", group="pics", gap="minutes"),
        S("T", "partner_sends_pic", group="pics"), S("P", "partner_affection partner_flirt", group="pics"),
        S("P", "partner_plans", p=0.6, gap="later"), S("T", "ack_short partner_affection", p=0.6),
    )),
    Family("bn_friend_repay", "benign", weight=1.5, meta=KNOWN, doc="friends paying money back by a deadline",
           steps=(
        S("P", "loan_ask"), S("T", "loan_reply"), S("P", "thanks", p=0.6),
        S("T", "repay_deadline", gap="days"), S("P", "repay_done", gap="hours"),
        S("T", "thanks ack_short", p=0.7), S("P", "repay_done", p=0.3),
    )),
    Family("bn_work_deadline", "benign", weight=1.0, meta=KNOWN, daytime=True,
           doc="work or school deadlines with consequences", steps=(
        S("P", "work_deadline"), S("T", "work_reply"), S("P", "work_deadline work_reply", p=0.5),
        S("T", "work_reply thanks", p=0.6, gap="later"), S("P", "thanks ack_short", p=0.5),
    )),
    Family("bn_marketplace", "benign", weight=1.5, meta=COLD_BENIGN, daytime=True,
           doc="online marketplace sale: item photos, price, payment, pickup deadline", steps=(
        S("P", "market_opener"), S("T", "market_reply"), S("P", "market_reply", p=0.5),
        S("T", "market_item_photo", p=0.7), S("P", "market_negotiate", p=0.6), S("T", "market_negotiate", p=0.5),
        S("T", "market_deadline", p=0.5), S("P", "market_payment", p=0.7), S("T", "market_reply thanks", p=0.6),
    )),
    Family("bn_gaming_trade", "benign", weight=1.2, meta=COLD_BENIGN,
           doc="gaming trade paid with a gift card", steps=(
        S("P", "game_opener"), S("T", "reply_neutral game_trade_offer", p=0.8), S("P", "game_trade_offer"),
        S("T", "ack_short", p=0.6), S("P", "game_deadline", p=0.4),
        S("P", "classmate_platform", p=0.25), S("P", "game_code_send", p=0.7, gap="minutes"),
        S("T", "thanks ack_short", p=0.7),
    )),
    Family("bn_parent", "benign", weight=1.2, meta=KNOWN, doc="parent checks in, asks for a photo, curfew",
           steps=(
        S("P", "parent_checkin"), S("T", "kid_reply"), S("P", "parent_photo_request", p=0.7),
        S("T", "kid_sends_photo", p=0.7), S("P", "parent_deadline", p=0.6, shuffle="pd"),
        S("P", "smalltalk_question", p=0.3, shuffle="pd"), S("T", "kid_reply ack_short", p=0.7),
    )),
    Family("bn_sibling", "benign", weight=1.0, meta=KNOWN, doc="playful sibling threats", steps=(
        S("P", "smalltalk_question sibling_tease_threat"), S("T", "sibling_reply smalltalk_answer"),
        S("P", "sibling_tease_threat"), S("T", "sibling_reply"), S("P", "photo_share_benign", p=0.3),
        S("T", "sibling_reply ack_short", p=0.5), S("P", "sibling_tease_threat", p=0.3),
    )),
    Family("bn_classmates", "benign", weight=1.2, meta=COLD_BENIGN, doc="new classmates adding each other",
           steps=(
        S("P", "classmate_opener"), S("T", "reply_neutral who_is_this"), S("P", "classmate_platform", p=0.8),
        S("T", "target_gives_handle", p=0.6), S("P", "homework_talk"), S("T", "homework_talk smalltalk_answer"),
        S("P", "homework_deadline", p=0.6), S("T", "ack_short thanks", p=0.6),
    )),
    Family("bn_victim_friend", "benign", weight=1.2, meta=KNOWN,
           doc="a victim tells a friend that someone threatens them", steps=(
        S("P", "victim_tells_friend"), S("T", "friend_support"), S("P", "victim_details", rep=(1, 2)),
        S("T", "friend_advice"), S("P", "victim_details victim_tells_friend", p=0.5),
        S("T", "friend_support friend_advice", p=0.6), S("P", "thanks ack_short", p=0.5),
    )),
    Family("bn_helpline", "benign", weight=1.0, meta=HELPLINE,
           doc="a victim writes to a helpline or counsellor", steps=(
        S("P", "helpline_open"), S("T", "counsellor_reply"), S("P", "victim_details", rep=(1, 2)),
        S("T", "counsellor_advice", rep=(1, 2)), S("P", "victim_details thanks", p=0.6),
        S("T", "counsellor_reply counsellor_advice", p=0.4),
    )),
    Family("bn_scam_other", "benign", weight=1.2, meta=STRANGER, daytime=True,
           doc="non-sexual scam or phishing: fee, login link, account or legal threats, no images", steps=(
        S("P", "fraud_opener"), S("P", "fraud_pretext", gap="burst"),
        S("P", "fraud_fee fraud_link fraud_link", p=0.8, gap="burst"),
        S("P", "fraud_account_deadline fraud_pay_or_else", p=0.8, gap="burst"),
        S("P", "fraud_link", p=0.3, gap="burst", unless="fraud_link"), S("P", "fraud_signoff", p=0.4, gap="burst"),
        S("T", "fraud_reply", p=0.5), S("P", "fraud_account_deadline fraud_pay_or_else fraud_link", p=0.3, gap="hours"),
    )),
    Family("bn_smalltalk", "benign", weight=1.5, meta=KNOWN, doc="plain small talk", steps=(
        S("P", "smalltalk_question reply_neutral"), S("T", "smalltalk_answer"), S("P", "smalltalk_question", p=0.6),
        S("T", "smalltalk_answer", p=0.6), S("P", "photo_share_benign", p=0.3), S("T", "ack_short", p=0.5),
        S("P", "meet_suggestion", p=0.4), S("T", "ack_short smalltalk_answer", p=0.6),
    )),
)

#: All families by name.
FAMILIES: dict[str, Family] = {f.name: f for f in _FAMILIES + _BENIGN}


def families_for(label: str) -> list[Family]:
    """The families of one conversation label."""
    check_label(label)
    return [f for f in FAMILIES.values() if f.label == label]


def check_scripts() -> list[str]:
    """Return problems in the script definitions (empty when consistent)."""
    problems = []
    for fam in FAMILIES.values():
        if fam.label not in LABELS:
            problems.append(f"{fam.name}: unknown label {fam.label}")
        for i, step in enumerate(fam.steps):
            where = f"{fam.name} step {i}"
            if step.role not in ROLES:
                problems.append(f"{where}: role {step.role}")
            if step.gap not in GAPS:
                problems.append(f"{where}: gap {step.gap}")
            if step.group is not None and step.group not in fam.groups:
                problems.append(f"{where}: group {step.group} has no probability")
            for name in step.slots + step.unless:
                if name not in SLOTS:
                    problems.append(f"{where}: unknown slot {name}")
    return problems


_PROBLEMS = check_scripts()
if _PROBLEMS:
    raise ValueError("; ".join(_PROBLEMS))
