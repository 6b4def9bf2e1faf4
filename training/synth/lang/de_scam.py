"""German lexicon, part 3: the one-sided camera scam and the hacked-account variant.

Merged into ``lang/de.py``. Mass-mail scams in German are often stiff or machine-translated
("Sehr geehrter Nutzer", formal "Sie"); hacked-account extorters write like chat.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Hallo. Ich habe vor Monaten Ihr Gerät gehackt und Sie über Ihre Kamera aufgenommen.",
        "Ich habe Zugriff auf Ihr Handy und Ihre Webcam. Ich habe ein Video von Ihnen aufgenommen.",
        "Ihr Gerät wurde mit meiner Software infiziert. Ich habe ein Video von Ihnen aus Ihrer eigenen Kamera.",
        "ich kenne dein passwort und hab ein programm auf deinem laptop installiert. ich hab dich aufgenommen",
        "Sehr geehrter Nutzer, ich habe Sie über Ihre Webcam beobachtet. Das Video ist gespeichert.",
        "Ich bin in Ihr E-Mail-Konto und Ihren Computer eingedrungen. Ich habe Aufnahmen, die niemand sehen sollte.",
        "Das ist kein Scherz. Meine Schadsoftware hat Sie über die Frontkamera gefilmt.",
        "Ich bin Hacker. Ich habe vollen Zugriff auf Ihre Kamera und ein Video von Ihnen.",
    ],
    "scam_contacts_claim": [
        "Ich habe auch alle Ihre Kontakte kopiert: Freunde, Familie, Kollegen.",
        "Ich habe Ihre komplette Kontaktliste und Ihre sozialen Netzwerke. Ein Klick und alle bekommen das Video.",
        "Jeder in Ihrem Adressbuch wird die Aufnahme erhalten.",
        "ich hab alle deine kontakte und mails, ich schick es an jeden einzelnen",
        "Ihre Familie und Ihr Arbeitgeber bekommen das Video, wenn Sie das ignorieren.",
        "Ich lade es hoch und schicke den Link an alle Ihre Kontakte.",
        "Ich habe Ihre Kontakte heruntergeladen. Ihre Freunde werden sehen, was Sie getan haben.",
        "Das Video wird an alle geschickt, die Sie kennen.",
    ],
    "scam_crypto_demand": [
        "Senden Sie {crypto_amount} in Bitcoin an diese Adresse: {wallet}",
        "Überweisen Sie {crypto_amount} in {crypto} an meine Wallet {wallet}. Danach lösche ich alles.",
        "Mein Preis ist {crypto_amount}. Zahlung nur in {crypto}. Wallet: {wallet}",
        "zahl {crypto_amount} in {crypto} an {wallet} und du hörst nie wieder von mir",
        "{crypto} können Sie an jeder Börse kaufen. Senden Sie {crypto_amount} an {wallet}",
        "Der Betrag ist {crypto_amount} (in {crypto}). Kopieren Sie die Adresse genau: {wallet}",
        "Senden Sie den Gegenwert von {crypto_amount} in {crypto}: {wallet}",
        "Ich will {crypto_amount} in {crypto}. Googeln Sie 'bitcoin kaufen' wenn Sie es nicht wissen.",
    ],
    "scam_deadline": [
        "Sie haben 48 Stunden ab dem Moment, in dem Sie diese Nachricht lesen.",
        "Sie haben {hours} Stunden. Ich sehe, wann Sie das geöffnet haben.",
        "48 Stunden. Danach geht das Video an alle.",
        "Der Timer läuft seit dem Öffnen dieser Mail. {hours} Stunden.",
        "Wenn ich die Zahlung nicht innerhalb von 2 Tagen erhalte, sende ich es.",
        "du hast zwei tage, nicht mehr",
        "Frist: {hours} Stunden ab jetzt.",
        "Nach 48 Stunden warte ich nicht mehr.",
    ],
    "scam_no_reply": [
        "Antworten Sie nicht auf diese Nachricht, die Adresse ist temporär.",
        "Versuchen Sie nicht zur Polizei zu gehen, man kann mich nicht verfolgen.",
        "Passwort ändern hilft Ihnen nicht.",
        "Verschwenden Sie keine Zeit mit Antworten. Ich merke, wenn Sie zahlen.",
        "Wenn Sie es jemandem erzählen, weiß ich es sofort.",
        "Das ist ein einmaliges Angebot. Überlegen Sie gut.",
        "Nichts Persönliches, das ist Geschäft.",
        "Ignorieren Sie das nicht.",
    ],
    "scam_full": [
        "Ich habe Sie über Ihre Kamera aufgenommen und habe alle Ihre Kontakte. Senden Sie {crypto_amount} in {crypto} an {wallet} innerhalb von 48 Stunden, sonst bekommen alle das Video.",
        "Hallo, ich habe Ihr Handy gehackt und habe ein Video von Ihnen. Zahlen Sie {crypto_amount} in Bitcoin an {wallet}. Sie haben {hours} Stunden, dann schicke ich es Ihrer Familie und Ihren Freunden.",
        "deine kamera hat dich aufgenommen. ich hab deine kontakte. {crypto_amount} {crypto} an {wallet}, {hours}h oder es geht an alle",
        "Ich weiß was Sie vor Ihrer Webcam gemacht haben. Ich habe die Aufnahme und Ihre Kontaktliste. {crypto_amount} in {crypto}, Wallet {wallet}, 48 Stunden. Danach sehen es Ihre Freunde.",
        "Letzte Warnung: Ich habe ein Video von Ihnen von Ihrem eigenen Gerät. Zahlen Sie {crypto_amount} an {wallet} in {crypto} in den nächsten 2 Tagen oder ich teile es mit allen Kontakten.",
        "Ich habe Zugriff auf Ihr Gerät und Sie aufgenommen. Wenn ich nicht innerhalb von 48 Stunden {crypto_amount} in {crypto} ({wallet}) bekomme, lade ich es hoch und schicke es Ihren Kontakten.",
        "Sehr geehrter Freund, meine Software hat Sie per Webcam aufgezeichnet. Senden Sie {crypto_amount} in BTC an {wallet}. 48 Stunden. Sonst erhalten Familie, Freunde und Kollegen das Video.",
        "ich hab ein video von dir von deiner webcam. schick {crypto_amount} in {crypto} an {wallet} {deadline} oder deine kontakte kriegen es",
    ],
    "hack_claim_cloud": [
        "bin in deine icloud rein. hab alle deine privaten bilder",
        "hab deinen account gehackt, hab alles aus deiner galerie",
        "dein google drive war nicht so sicher lol, hab deine bilder",
        "ich hab deine privaten bilder aus deiner cloud, alle",
        "dein altes passwort war easy. hab deine fotos runtergeladen",
        "ich hab zugriff auf deine snap erinnerungen. auch die privaten",
        "hi. ich hab deine fotos aus deinem handy backup",
        "jemand hat mir deinen account verkauft. hab deine privaten bilder gesehen",
        "ich hab die bilder die du deinem ex geschickt hast, der wurde gehackt",
    ],
    "hack_proof": [
        "hier eins damit du weißt dass ich nicht lüge [photo]",
        "erkennst du das? [photo]",
        "beweis [photo]",
        "das bist du oder? ich hab noch mehr",
        "guck [photo] und ich hab noch 30 weitere",
        "[photo] soll ich den rest {friend_name} schicken?",
        "hier eins von den bildern aus deiner galerie, nur damit du bescheid weißt",
        "[photo] das ist mein lieblingsbild",
    ],
}
