"""Italian lexicon, part 3: the one-sided camera scam and the hacked-account variant.

Merged into ``lang/it.py``. Scam texts are longer and more formal, often machine-translated
(Lei/tu mixed, missing accents, stiff word order), as such mass e-mails really read.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Salve. Ho hackerato il tuo dispositivo mesi fa e ti ho registrato dalla tua fotocamera.",
        "Ho accesso al tuo telefono e alla tua webcam. Ho registrato un video di te mentre navigavi.",
        "Il tuo dispositivo è stato infettato con il mio software. Ho un video di te dalla tua stessa telecamera.",
        "so la tua password e ho installato un programma sul tuo portatile. ti ho registrato",
        "Gentile utente, ti ho osservato attraverso la tua webcam. Ho salvato il video.",
        "Sono entrato nella tua email e nel tuo computer. Ho delle registrazioni di te che non vorresti far vedere a nessuno.",
        "Questo non è uno scherzo. Il mio malware ti ha ripreso con la fotocamera frontale.",
        "Sono un hacker. Ho pieno accesso alla tua fotocamera e ho un video di te.",
        "La informo che il suo dispositivo e stato compromesso e che dispongo di registrazioni fatte con la sua webcam.",
    ],
    "scam_contacts_claim": [
        "Ho copiato anche tutti i tuoi contatti: amici, famiglia e colleghi.",
        "Ho la tua lista contatti completa e i tuoi social. Con un click tutti riceveranno il video.",
        "Tutti quelli nella tua rubrica riceveranno la registrazione.",
        "ho tutti i tuoi contatti e le email, lo mando a ognuno di loro",
        "La tua famiglia e il tuo lavoro riceveranno il video se ignori questo messaggio.",
        "Caricherò il video e manderò il link a tutti i tuoi contatti.",
        "Ho scaricato i tuoi contatti. I tuoi amici vedranno cosa hai fatto.",
        "Il video sarà inviato a tutte le persone che conosci.",
    ],
    "scam_crypto_demand": [
        "Invia {crypto_amount} in Bitcoin a questo indirizzo: {wallet}",
        "Trasferisci {crypto_amount} in {crypto} sul mio wallet {wallet}. Dopo cancello tutto.",
        "Il mio compenso è {crypto_amount}. Pagamento solo in {crypto}. Wallet: {wallet}",
        "paga {crypto_amount} in {crypto} a {wallet} e non mi sentirai piu",
        "Puoi comprare {crypto} su qualsiasi exchange. Invia {crypto_amount} a {wallet}",
        "L'importo è {crypto_amount} (in {crypto}). Copia bene questo indirizzo: {wallet}",
        "Invia l'equivalente di {crypto_amount} in {crypto}: {wallet}",
        "Voglio {crypto_amount} in {crypto}. Cerca su Google 'come comprare {crypto}' se non lo sai.",
    ],
    "scam_deadline": [
        "Hai 48 ore dal momento in cui leggi questo messaggio.",
        "Hai {hours} ore. Vedo quando hai aperto questa email.",
        "48 ore. Dopo sarà troppo tardi.",
        "Il timer è partito quando hai aperto questa email. {hours} ore.",
        "Se entro 2 giorni non vedo niente, procedo.",
        "hai due giorni, non di piu",
        "Scadenza: {hours} ore da adesso.",
        "Dopo 48 ore non aspetterò più.",
    ],
    "scam_no_reply": [
        "Non rispondere a questo messaggio, l'indirizzo è temporaneo.",
        "Non provare ad andare alla polizia, non possono rintracciarmi.",
        "Cambiare la password non ti servirà.",
        "Non perdere tempo a rispondere. Saprò quando paghi.",
        "Se lo dici a qualcuno, lo saprò subito.",
        "È un'offerta unica. Pensaci bene.",
        "Niente di personale, sono affari.",
        "Non ignorare questo messaggio.",
    ],
    "scam_full": [
        "Ti ho registrato con la tua fotocamera e ho tutti i tuoi contatti. Invia {crypto_amount} in {crypto} a {wallet} entro 48 ore o tutti riceveranno il video.",
        "Salve, ho hackerato il tuo telefono e ho un video di te. Paga {crypto_amount} in Bitcoin a {wallet}. Hai {hours} ore, poi lo mando alla tua famiglia e ai tuoi amici.",
        "la tua webcam ti ha registrato. ho i tuoi contatti. {crypto_amount} {crypto} a {wallet}, {hours}h o arriva a tutti",
        "So cosa hai fatto davanti alla webcam. Ho la registrazione e la tua lista contatti. {crypto_amount} in {crypto}, wallet {wallet}, 48 ore. Dopo lo vedono i tuoi amici.",
        "Questo è l'ultimo avviso: ho un video di te dal tuo stesso dispositivo. Paga {crypto_amount} a {wallet} in {crypto} nei prossimi 2 giorni o lo condivido con tutti i tuoi contatti.",
        "Ho accesso al tuo dispositivo e ti ho registrato. Se non ricevo {crypto_amount} in {crypto} ({wallet}) entro 48 ore, lo carico e lo mando ai tuoi contatti.",
        "Caro amico, il mio software ti ha registrato dalla webcam. Invia l'equivalente di {crypto_amount} in BTC a {wallet}. 48 ore. Altrimenti famiglia, amici e colleghi lo riceveranno.",
        "ho un video di te dalla webcam. manda {crypto_amount} in {crypto} a {wallet} {deadline} o i tuoi contatti lo ricevono",
    ],
    "hack_claim_cloud": [
        "sono entrato nel tuo icloud. ho tutte le tue foto private",
        "ti ho hackerato l'account, ho tutto quello che c'è nella galleria",
        "il tuo google drive non era molto sicuro ahah, ho le tue foto",
        "ho le tue foto private dal cloud, tutte",
        "la password del tuo vecchio account era facilissima. ho scaricato le tue foto",
        "ho accesso ai tuoi ricordi di snap. anche quelli privati",
        "ciao. ho le tue foto dal backup del telefono",
        "qualcuno mi ha venduto il tuo account. ho visto le tue foto private",
        "ho le foto che hai mandato al tuo ex, hanno hackerato lui",
    ],
    "hack_proof": [
        "eccone una così vedi che non mento [photo]",
        "ti dice qualcosa? [photo]",
        "prova [photo]",
        "sei tu giusto? ne ho altre",
        "guarda [photo] e ne ho altre 30",
        "[photo] vuoi che mando il resto a {friend_name}?",
        "questa è una delle foto della tua galleria, giusto perché tu lo sappia",
        "[photo] questa è la mia preferita",
    ],
}
