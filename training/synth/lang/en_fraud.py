"""English lexicon, part 4: non-sexual scams and phishing (benign by the taxonomy: nothing
private is threatened). Parcel fees, fake security alerts, prizes, overdue invoices, refunds.

Merged into ``lang/en.py``. Formal, often slightly off; made-up links come from ``{link}``.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "fraud_opener": [
        "Dear Customer,",
        "Security alert: unusual sign-in activity was detected on your account.",
        "Congratulations! You have been selected as this month's winner.",
        "Hello, this is the delivery service regarding your package.",
        "Dear user, your mailbox storage is almost full.",
        "Notice from the tax office: you are eligible for a refund.",
        "hi, I am a recruiter and I found your profile, we have a remote job for you",
        "Attention: your subscription payment has failed.",
        "Dear valued member, we have important information about your account.",
    ],
    "fraud_pretext": [
        "Your parcel could not be delivered because the address is incomplete.",
        "We noticed a login attempt from a new device in another country.",
        "You have won a {giftcard} gift card worth {price} in our customer survey.",
        "Our records show an unpaid invoice in your name.",
        "A refund of {price} is waiting to be transferred to you.",
        "The job is simple: you review products from home and earn up to {price} a day.",
        "Your computer has been reported for a virus infection by our technicians.",
        "Your bank card has been temporarily blocked for your security.",
        "Your package is being held at our depot until customs are cleared.",
    ],
    "fraud_link": [
        "Please confirm your details here: {link}",
        "To verify your identity, log in using the secure link below. {link}",
        "Track your parcel and choose a new delivery date: {link}",
        "Claim your reward now at {link}",
        "click here to restore access {link}",
        "Update your payment information at {link} to avoid interruption.",
        "Open the form at {link} and enter your card number to receive the refund.",
        "Download our support tool from {link} so our technician can help you.",
    ],
    "fraud_fee": [
        "A customs fee of {amount_small} must be paid before delivery.",
        "To release the prize, a small processing fee of {amount_small} is required.",
        "Shipping costs of {amount_small} are still open.",
        "You only pay {amount_small} for the registration, refunded with your first salary.",
        "An administration fee of {amount_small} applies to process your refund.",
        "Please pay the redelivery fee ({amount_small}) by card.",
        "The activation costs {amount_small}, payable with a {giftcard} card.",
        "pay {amount_small} via {payapp} and the parcel is sent today",
    ],
    "fraud_account_deadline": [
        "If you do not verify within {hours} hours, your account will be permanently closed.",
        "The offer expires in {hours} hours.",
        "Failure to respond by {day} will result in the return of your package to the sender.",
        "Your account will be suspended within 24 hours if no action is taken.",
        "You have until {time} today, after that the prize goes to the next winner.",
        "Act now: access will be deleted in {hours} hours.",
        "If you do not update your details by {day}, your card stays blocked.",
        "last chance, the link expires at {time}",
    ],
    "fraud_pay_or_else": [
        "Pay the outstanding {debt} by {day} or we will start legal proceedings.",
        "Settle the amount of {debt} within {hours} hours, otherwise a collection agency will be instructed.",
        "Transfer {debt} to {iban} by {time} or your service will be disconnected.",
        "You owe {debt} in unpaid taxes. Pay today by {giftcard} cards or a warrant will be issued.",
        "Final reminder: pay {debt} by {day}, or additional fees and court costs will be added.",
        "Your licence expires today. Renew now for {debt} or your files will be locked.",
        "pay {debt} before {time} or the police will be informed about the debt",
        "Pay the fine of {debt} within {hours} hours to avoid further action.",
    ],
    "fraud_signoff": [
        "Kind regards, Customer Service",
        "Sincerely, Account Security Team",
        "Thank you for your cooperation. Support Department",
        "Best regards, Delivery Team",
        "This is an automated message, please do not reply.",
        "Regards, Billing Department",
        "Yours faithfully, Claims Office",
        "Thank you, The Rewards Team",
    ],
    "fraud_reply": [
        "is this real? i never ordered anything",
        "who is this and how did you get my number",
        "this is a scam, stop messaging me",
        "I don't have an account with you.",
        "reported and blocked",
        "nice try lol",
        "I'll call my bank directly, thanks.",
        "my dad says this is fake",
    ],
}
