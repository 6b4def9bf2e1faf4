"""Dutch lexicon, part 3: the one-sided webcam scam and the hacked-account variant.

Merged into ``lang/nl.py``. Scam texts are longer and formal ("u"), often with the stiff grammar
of a machine-translated mass mail; the hacked-account lines are chat-style ("je").
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Hallo. Ik heb maanden geleden uw apparaat gehackt en u via uw camera opgenomen.",
        "Ik heb toegang tot uw telefoon en uw webcam. Ik heb een video van u opgenomen terwijl u aan het browsen was.",
        "Uw apparaat is besmet met mijn software. Ik heb een video van u via uw eigen camera.",
        "ik ken je wachtwoord en heb een programma op je laptop gezet. ik heb je opgenomen",
        "Beste gebruiker, ik heb u bekeken via uw webcam. De video is opgeslagen.",
        "Ik ben in uw e-mail en uw computer gekomen. Ik heb opnames van u die u niet aan iemand wilt laten zien.",
        "Dit is geen grap. Mijn malware heeft u opgenomen via de voorcamera.",
        "Ik ben een hacker. Ik heb volledige toegang tot uw camera en ik heb een video van u.",
        "Geachte heer/mevrouw, via een lek in uw browser heb ik uw camera aangezet en u gefilmd.",
    ],
    "scam_contacts_claim": [
        "Ik heb ook al uw contacten gekopieerd, vrienden, familie en collega's.",
        "Ik heb uw volledige contactenlijst en uw sociale accounts. Eén klik en ze krijgen allemaal de video.",
        "Iedereen in uw adresboek krijgt de opname.",
        "ik heb al je contacten en mails, ik stuur het naar iedereen",
        "Uw familie en uw werkgever krijgen de video als u dit negeert.",
        "Ik upload het en stuur de link naar al uw contacten.",
        "Ik heb uw contacten gedownload. Uw vrienden zullen zien wat u deed.",
        "De video wordt verstuurd naar iedereen die u kent.",
    ],
    "scam_crypto_demand": [
        "Stuur {crypto_amount} in Bitcoin naar dit adres: {wallet}",
        "Maak {crypto_amount} in {crypto} over naar mijn wallet {wallet}. Daarna verwijder ik alles.",
        "Mijn vergoeding is {crypto_amount}. Betaling alleen in {crypto}. Wallet: {wallet}",
        "betaal {crypto_amount} in {crypto} naar {wallet} en je hoort nooit meer van me",
        "U kunt {crypto} kopen bij elke exchange, ook met iDEAL. Stuur {crypto_amount} naar {wallet}",
        "Het bedrag is {crypto_amount} (in {crypto}). Kopieer dit adres goed: {wallet}",
        "Stuur het equivalent van {crypto_amount} in {crypto}: {wallet}",
        "Ik wil {crypto_amount} in {crypto}. Google 'hoe koop ik {crypto}' als u het niet weet.",
    ],
    "scam_deadline": [
        "U heeft 48 uur vanaf het moment dat u dit bericht leest.",
        "U heeft {hours} uur. Ik zie wanneer u dit heeft geopend.",
        "48 uur. Daarna gaat de video naar iedereen.",
        "De timer is gestart toen u deze e-mail opende. {hours} uur.",
        "Als ik de betaling niet binnen 2 dagen ontvang, verstuur ik het.",
        "je hebt twee dagen, niet meer",
        "Deadline: {hours} uur vanaf nu.",
        "Na 48 uur wacht ik niet langer.",
    ],
    "scam_no_reply": [
        "Reageer niet op dit bericht, het adres is tijdelijk.",
        "Probeer niet naar de politie te gaan, ze kunnen mij niet traceren.",
        "Uw wachtwoord veranderen helpt u niet.",
        "Verspil geen tijd met antwoorden. Ik weet wanneer u betaalt.",
        "Als u het aan iemand vertelt, weet ik het meteen.",
        "Dit is een eenmalig aanbod. Denk goed na.",
        "Niets persoonlijks, dit is zakelijk.",
        "Negeer dit niet.",
    ],
    "scam_full": [
        "Ik heb u via uw camera opgenomen en ik heb al uw contacten. Stuur {crypto_amount} in {crypto} naar {wallet} binnen 48 uur of iedereen krijgt de video.",
        "Hallo, ik heb uw telefoon gehackt en heb een video van u. Betaal {crypto_amount} in Bitcoin naar {wallet}. U heeft {hours} uur, daarna stuur ik het naar uw familie en vrienden.",
        "je camera heeft je opgenomen. ik heb je contacten. {crypto_amount} {crypto} naar {wallet}, {hours}u of het gaat naar iedereen",
        "Ik weet wat u deed voor uw webcam. Ik heb de opname en uw contactenlijst. {crypto_amount} in {crypto}, wallet {wallet}, 48 uur. Daarna zien uw vrienden het.",
        "Dit is uw laatste waarschuwing: ik heb een video van u van uw eigen apparaat. Betaal {crypto_amount} naar {wallet} in {crypto} binnen 2 dagen of ik deel het met al uw contacten.",
        "Ik heb toegang tot uw apparaat en heb u opgenomen. Als ik niet binnen 48 uur {crypto_amount} in {crypto} ({wallet}) ontvang, upload ik het en stuur ik het naar uw contacten.",
        "Beste vriend, mijn software heeft u via de webcam opgenomen. Stuur {crypto_amount} in BTC naar {wallet}. 48 uur. Anders krijgen familie, vrienden en collega's het.",
        "ik heb een video van je via je webcam. stuur {crypto_amount} in {crypto} naar {wallet} {deadline} of je contacten krijgen het",
    ],
    "hack_claim_cloud": [
        "ik zit in je icloud. ik heb al je privéfoto's",
        "ik heb je account gehackt, ik heb alles uit je galerij",
        "je google drive was niet zo veilig haha, ik heb je foto's",
        "ik heb je privéfoto's uit je cloud, allemaal",
        "het wachtwoord van je oude account was makkelijk. ik heb je foto's gedownload",
        "ik heb toegang tot je snap memories. ook de privé dingen",
        "hoi. ik heb je foto's uit je telefoonback-up",
        "iemand heeft je account aan me verkocht. ik heb je privéfoto's gezien",
        "ik heb de foto's die je naar je ex stuurde, die is gehackt",
    ],
    "hack_proof": [
        "hier eentje zodat je weet dat ik niet lieg [photo]",
        "herken je dit? [photo]",
        "bewijs [photo]",
        "dit ben jij toch? ik heb er meer",
        "kijk [photo] en ik heb er nog 30",
        "[photo] zal ik de rest naar {friend_name} sturen?",
        "hier een van de foto's uit je galerij, zodat je het weet",
        "[photo] deze is mijn favoriet",
    ],
}
