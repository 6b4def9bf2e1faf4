"""Italian lexicon: contact, small talk and grooming phrasings plus the Italian fillers.

Extortion phrasings live in :mod:`.it_sx`, scams in :mod:`.it_scam`, benign hard negatives in
:mod:`.it_benign`. Written as Italian teenagers, scammers, parents and counsellors write (raga,
cmq, xké, verifica, Satispay, ricarica PostePay, Subito, Polizia Postale), not translated. Filler
conventions, so that phrasings agree: ``{relative}`` is a singular possessive without article
("a {relative}" = "a tua madre"); ``{school}`` starts with "liceo" ("del {school}"); ``{item}`` is
masculine and starts with a plain consonant ("il {item}"); ``{game_item}`` is feminine ("la tua
{game_item}"); ``{hobby}`` is an infinitive starting with a consonant ("a {hobby}"); ``{time}``
carries its article ("entro {time}" = "entro le 22"); ``{deadline}`` starts with "entro"/"prima
di". Append new phrasings at the end of a list (template ids are list positions).
"""

from __future__ import annotations

from . import it_benign, it_fraud, it_scam, it_sx

LANG = "it"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "ciao! mi sei uscita nei suggeriti e niente, volevo salutarti",
        "ehii | ti ho visto su esplora ahah",
        "hey come va, mi compari tra le persone che potresti conoscere",
        "ciao scusa se ti scrivo a caso, mi è uscito il tuo profilo",
        "ciao! sei di {city}? mi esce sempre il tuo profilo",
        "hey | ci conosciamo? mi esci nei consigliati",
        "ciaoo sono nuovo qui e mi sei apparsa, come va?",
        "ehi, vai al {school}? la tua faccia mi sembra familiare",
        "ciao {name} giusto? mi è uscito il tuo nome nei suggerimenti",
        "ciao 👋 ho visto la tua storia in esplora e mi ha fatto morire",
        "ciao, ti ho seguito per sbaglio e già che ci sono ti saluto ahah",
        "we ciao, ti ho trovato nei suggeriti",
    ],
    "mutual_friend_opener": [
        "ciao! conosci {friend_name} vero? mi ha parlato di te",
        "ehi abbiamo tipo 30 amici in comune ahah quindi ti scrivo",
        "ciaoo {friend_name} mi ha passato il tuo insta, spero non ti dia fastidio",
        "hey | forse ci siamo visti alla festa di {friend_name}?",
        "ciao, conosco {friend_name} del {school}, anche tu no?",
        "ti ho visto nelle foto di {friend_name} e ho detto vabbè ti scrivo",
        "ciao, segui {friend_name} giusto? segue anche me ahah",
        "ehi mi esci negli amici in comune con {friend_name}, come va?",
        "ciaoo | un sacco di amici in comune e non ci siamo mai parlati",
        "sei del giro di {friend_name}? mi ha detto di scriverti",
    ],
    "compliment_opener": [
        "ciao scusa il disturbo ma sei davvero bellissima",
        "madonna | quanto sei carina, dovevo scriverti",
        "ciao, volevo solo dirti che hai un sorriso stupendo {emoji_flirt}",
        "non ti conosco ma sei la cosa più bella che mi è uscita nella home",
        "ciao bello, ho visto il tuo profilo e non potevo non scriverti",
        "le tue foto hanno un vibe pazzesco, ciao 😊",
        "ehi | sei troppo carina??",
        "ciao bellissima, scusa il messaggio a caso",
        "che occhi che hai, giuro dovevo scriverti {emoji_flirt}",
        "ciaoo, sei proprio carina, di dove sei?",
    ],
    "who_is_this": [
        "chi sei?", "scusa ci conosciamo?", "ciao.. chi sei", "come mi conosci?", "come mi hai trovato",
        "aspetta ci conosciamo dal vivo?", "ciao? come conosci {friend_name}", "chi seii ahah non ti ho in rubrica",
        "e tu saresti...?", "mmm non mi dici niente, chi sei?",
    ],
    "reply_neutral": [
        "ciao", "ciaoo", "ehi come va", "ciao :)", "hey tutto bene?", "we", "ciao, tutto ok?",
        "ehii {emoji}", "bella", "ciao!",
    ],
    "intro_self": [
        "comunque sono {my_name}, di {city}",
        "sono {my_name}, mi sono appena trasferito a {city}",
        "io sono {my_name}, vado a scuola vicino a {city}",
        "mi chiamo {my_name}, mi piace un sacco {hobby}",
        "sono {my_name}! il mio vecchio profilo me l'hanno hackerato quindi questo è nuovo",
        "scusa, sono {my_name}, conosco {friend_name}",
        "sono {my_name} | abito vicino a te credo",
        "sono {my_name}, di {city}, passo le giornate a {hobby}",
        "{my_name} ahah, vivo a {city} con i miei",
    ],
    "claim_same_age": [
        "anch'io ho {my_age} anni ahah",
        "ho {my_age} anni, più o meno come te",
        "io {my_age}, tu?",
        "ahah ho {my_age}, siamo praticamente coetanei",
        "credo che facciamo lo stesso anno, ho {my_age} anni",
        "ah bene io ho {my_age} quindi non molto di più",
        "{my_age} anche io ahah, praticamente uguali",
        "ho {my_age} anni tranqui non sono un vecchio ahah",
        "siamo dello stesso anno credo, {my_age}",
    ],
    "ask_age": [
        "quanti anni hai?", "quanti anni hai comunque", "età?", "e l'età?", "sembri una di 16, quanti anni hai?",
        "quanti anni hai se posso chiedere", "che classe fai?", "sei della mia età no?", "di che anno sei?",
    ],
    "target_age_reveal": [
        "ho {age} anni", "{age} e tu", "{age} ahah", "ho appena fatto {age} anni", "{age}, quasi {age_next}",
        "ho {age} anni, perché?", "{age}. xké", "ho solo {age} anni ahah", "{age} anni, tu?",
    ],
    "shared_interest": [
        "non dirmi che giochi a {game}?? dobbiamo fare una partita",
        "anche a me piace un sacco {hobby}",
        "aspetta ti piace {hobby}? uguale a me",
        "giochi a {game}? ci sono in fissa",
        "abbiamo un sacco di cose in comune è assurdo",
        "ascoltiamo la stessa musica, la tua playlist spacca",
        "uguale!! anch'io, ogni weekend",
        "finalmente qualcuno che capisce, amo {game}",
        "ti piace {hobby}?? ok sei ufficialmente top",
    ],
    "smalltalk_question": [
        "che fai", "com'è andata a scuola oggi?", "che fai di bello", "come va la giornata",
        "che fai questo weekend?", "hai già cenato?", "stai guardando qualche serie?", "come si sta a {city}?",
        "vai alla cosa di {day}?", "novità?", "tutto bene?",
    ],
    "smalltalk_answer": [
        "niente sto a letto", "scuola noiosissima", "sono appena tornata a casa", "guardo netflix ahah",
        "compiti uff", "niente e tu?", "sto cenando", "bene dai", "stanchissimo ahah",
        "sono all'allenamento, ci sentiamo dopo", "porto fuori il cane", "a letto a scrollare ahah",
    ],
    "ack_short": [
        "ok", "okk", "va bene", "vabbè", "ahah", "ahahah", "certo", "ok top", "sì", "ci sta", "fine", "👍",
        "ok!", "perfetto",
    ],
    "thanks": [
        "grazie!!", "grazie mille", "grz", "grazieee", "ti ringrazio davvero", "grazie, sei un tesoro",
        "sei il migliore grazie", "thx", "mille grazie",
    ],
    "photo_share_benign": [
        "guarda che tramonto [photo]",
        "il mio cane che fa lo scemo di nuovo [photo]",
        "questo è il pranzo della mensa 😂",
        "nuovo taglio, che dici?",
        "la vista dal bus, bellissima",
        "guarda la mia torta venuta male ahah",
        "il gatto mi ha rubato il posto di nuovo",
        "la foto della partita di ieri [photo]",
    ],
    "meet_suggestion": [
        "dovremmo uscire qualche volta",
        "ci sentiamo dopo in chiamata?",
        "facciamo una videochiamata ogni tanto?",
        "sarebbe bello vedersi un giorno",
        "se passi da {city} fammi sapere",
        "stasera facciamo una partita a {game}?",
        "chiamami quando vuoi, mi piace parlare con te",
        "un giorno andiamo a prendere qualcosa",
    ],
    "flattery": [
        "sei davvero bellissima",
        "hai il sorriso più bello che abbia mai visto",
        "sei diversa dalla gente qui, in senso buono",
        "non ti mento, sei proprio bello",
        "sei troppo simpatica ahah",
        "come fai a essere così perfetta",
        "chi parla con te è fortunato",
        "stai benissimo in tutte le foto",
        "sei proprio il mio tipo",
        "potrei parlare con te tutto il giorno",
        "sei mille volte più carina delle ragazze della mia classe",
    ],
    "mature_for_age": [
        "sei molto matura per la tua età",
        "non sembri per niente un ragazzino, mi piace",
        "non sei come quelli della tua età, sei più sveglia",
        "mi capisci più della gente della mia età",
        "per avere {age} anni sei super matura",
        "sembri molto più grande di quello che sei",
        "quasi tutti alla tua età sono immaturi, tu no",
        "tu le cose le capisci, è raro",
    ],
    "flattered_reply": [
        "aw grazie", "ahah smettila", "che dolce", "ahah grazie {emoji}", "sei tu quello carino",
        "gentile", "ahah ma se non mi conosci", "mi fai arrossire ahah", "awww", "smettilaa 😳",
    ],
    "secrecy_request": [
        "non dire a nessuno che ci sentiamo ok? non capirebbero",
        "teniamolo tra noi",
        "i tuoi non devono sapere di me ahah",
        "è il nostro segreto ok?",
        "dopo cancella la chat, non si sa mai",
        "non dire niente a {friend_name}, poi si ingelosisce",
        "promettimi che non dici a nessuno di noi",
        "la gente capirebbe male, quindi resta una cosa nostra",
        "è meglio se nessuno sa che ci sentiamo",
    ],
    "gift_promise": [
        "se vuoi ti prendo una gift card {giftcard}",
        "vuoi dei v-buck? ne ho troppi",
        "ti regalo la {game_item} che volevi",
        "per il tuo compleanno ti mando dei soldi, dimmi il tuo {payapp}",
        "ti voglio regalare qualcosa di carino, che taglia porti?",
        "ti ricarico l'account di {game}, tranquilla",
        "se continui a parlarmi ti faccio un regalino ogni settimana ahah",
        "ho una sorpresa per te, devi solo essere gentile con me",
        "ti meriti cose belle, lasciati viziare",
    ],
    "ask_alone": [
        "ci sono i tuoi a casa?", "sei da sola adesso?", "c'è qualcuno con te?",
        "i tuoi ti controllano il telefono?", "dove sono i tuoi stasera",
        "puoi parlare senza che nessuno veda?", "sei in camera tua?", "tua madre legge i tuoi messaggi?",
    ],
    "platform_move": [
        "aggiungimi su {app}, qui non ci sto quasi mai",
        "hai {app}? il mio è {handle}",
        "sentiamoci su {app}, è più comodo",
        "qual è il tuo {app}?",
        "scrivimi su {app}, {handle}",
        "ci spostiamo su {app}? questa non la guardo mai",
        "scrivimi su {app} piuttosto",
        "scarica {app} e aggiungimi",
        "sei su {app}? meglio lì",
        "il mio numero è {phone}, scrivimi lì",
    ],
    "platform_move_excuse": [
        "quest'app è buggatissima, andiamo su {app}",
        "andiamo su {app}, è più privato",
        "su {app} i messaggi si cancellano da soli, è più sicuro",
        "mia madre controlla quest'app, aggiungimi su {app}",
        "qui mi slogga di continuo, {app}?",
        "qui mi stanno bannando per niente, passa su {app}",
        "{app} è meglio per le chiamate, aggiungimi {handle}",
        "qui non mi arrivano le notifiche, vieni su {app}",
        "parliamo su {app} così non vede nessuno",
    ],
    "target_gives_handle": [
        "ok è {handle}", "fatto ti ho aggiunto", "ti ho mandato la richiesta", "il mio è {handle}", "fatto",
        "ok ti ho aggiunto su {app}", "non uso tanto {app} ma ok", "inviata", "ok come ti chiami lì?",
    ],
    "flirt_escalation": [
        "credo che mi stai iniziando a piacere",
        "non smetto di pensare a te sinceramente",
        "ormai parlo solo con te",
        "vorrei che fossi qui adesso",
        "sento che tra noi c'è qualcosa di speciale",
        "ora sei mia ok? 😏",
        "mi piaci più di quanto dovresti ahah",
        "mi rendi felicissimo, lo sai?",
        "non ho mai provato una cosa così per qualcuno conosciuto online",
        "mi sono preso una cotta per te e manco ci siamo visti ahah",
    ],
    "modeling_offer": [
        "potresti fare la modella tranquillamente, lavoro con un'agenzia",
        "hai mai pensato di fare la modella? hai il viso perfetto",
        "sono un fotografo, cerco volti nuovi per dei brand",
        "la mia agenzia cerca proprio persone come te, shooting pagati",
        "hai il look che cercano i brand adesso, giuro",
        "posso farti avere un contratto, ho fatto iniziare un sacco di ragazze",
        "le tue foto sono bellissime, dovresti farlo di lavoro",
        "paghiamo {amount} a shooting, sei perfetta",
    ],
    "modeling_pics_request": [
        "mandami qualche foto privata per il book, resta tra noi",
        "mi servono foto dove si vede di più per l'agenzia",
        "il cliente vuole prima un video privato, è normale in questo lavoro",
        "mandami foto senza filtri, le vedo solo io",
        "per il casting mi servono foto personali, non quelle di insta",
        "fatti qualche foto in camera stasera e mandamele",
        "l'agenzia vuole un set privato prima di farti firmare",
        "mandami le foto per il book, l'agenzia aspetta",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"it: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, it_sx.SLOTS, it_scam.SLOTS, it_benign.SLOTS, it_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["giulia", "matteo", "sofia", "lorenzo", "aurora", "leonardo", "alice", "francesco",
                    "ginevra", "tommaso", "beatrice", "riccardo", "emma", "gabriele", "chiara", "andrea",
                    "martina", "edoardo", "greta", "davide", "sara", "alessandro", "vittoria", "luca",
                    "noemi", "simone", "anna", "pietro"],
    "relatives": ["tua madre", "tuo padre", "tua sorella", "tuo fratello", "tua nonna", "tua zia",
                  "tuo cugino", "tutta la tua famiglia", "tua mamma", "tuo papà"],
    "cities": ["milano", "roma", "napoli", "torino", "bologna", "firenze", "bari", "palermo", "verona",
               "genova", "padova", "brescia", "catania", "bergamo"],
    "schools": ["liceo Fermi", "liceo Galilei", "liceo Volta", "liceo Manzoni", "liceo Righi",
                "liceo Marconi", "liceo Carducci", "liceo scientifico Copernico", "liceo classico Parini"],
    "apps": ["whatsapp", "wa", "telegram", "snap", "snapchat", "insta", "instagram", "discord", "signal"],
    "handle_words": ["xx", "real", "its", "lil", "bimba", "sk8", "fra", "gamer", "vibes", "luna", "ale",
                     "official", "zio", "star", "dark", "mood"],
    "phone_formats": ["+39 555 010 ####", "555 010 ####", "+39 555 01## ###", "555-01##-###"],
    "iban_formats": ["IT00 X000 0000 0000 0000 0000 ###", "IT00 A055 5500 0000 0000 0000 ###",
                     "IT00 Z055 5000 0000 0000 00## ###"],
    "giftcards": ["amazon", "google play", "apple", "itunes", "steam", "paysafecard", "playstation",
                  "xbox", "razer gold", "nintendo"],
    "payapps": ["satispay", "satispay", "paypal", "postepay", "revolut", "hype", "western union",
                "moneygram"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "crypto", "litecoin"],
    "currency_formats": ["{n}€", "{n}€", "{n} €", "{n} euro", "{n} euro", "€{n}", "{n} eur", "{n} euri"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "70"],
    "amounts_scam": ["950", "1200", "1350", "1500", "1800", "2000", "2500"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48", "due", "tre"],
    "minutes": ["5", "10", "15", "20", "30", "45", "dieci"],
    "deadlines": ["entro mezzanotte", "entro stasera", "entro le 22", "entro domani mattina",
                  "entro venerdì", "entro fine giornata", "entro un'ora", "prima di domani"],
    "days": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "times": ["le 17", "le 18", "le 19", "le 20", "le 21", "le 22", "le 23", "le 16"],
    "items": ["telefono", "divano", "monopattino", "giubbotto", "portatile", "tavolo",
              "vestito da cerimonia", "casco", "controller della play", "monitor", "tablet", "materasso",
              "forno a microonde", "basso elettrico"],
    "games": ["fortnite", "roblox", "minecraft", "valorant", "fifa", "cod", "brawl stars", "clash royale",
              "lol", "genshin"],
    "game_items": ["skin", "skin rara", "skin leggendaria", "spada leggendaria", "emote rara",
                   "arma mitica", "carta rara", "skin del pass"],
    "subjects": ["mate", "italiano", "inglese", "storia", "scienze", "fisica", "latino", "chimica",
                 "filosofia"],
    "hobbies": ["disegnare", "ballare", "giocare a calcio", "fare skate", "suonare la chitarra",
                "guardare anime", "fare palestra", "giocare alla play", "cantare", "leggere manga",
                "pattinare"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "perché": ["xké", "xk", "perchè"], "che": ["ke", "k"], "per": ["x"], "non": ["nn"],
    "comunque": ["cmq"], "ti voglio bene": ["tvb"], "niente": ["nnt", "nulla"], "messaggio": ["msg", "mess"],
    "qualcosa": ["qlcs", "qcs"], "grazie": ["grz", "grazieee"], "per favore": ["pls", "plz", "x favore"],
    "ragazzi": ["raga"], "adesso": ["ora", "mo"], "anche": ["anke"], "tutto": ["tt"],
    "ahahah": ["ahahahah", "HAHAHA", "ahaha"], "domani": ["dmn"], "numero": ["num"], "va bene": ["vabbè", "ok"],
    "ti prego": ["ti pregoo", "pls"], "davvero": ["dvvr", "seriamente"], "sei": ["6"], "cosa": ["cs"],
    "fratello": ["fra", "bro"], "ciao": ["ciaoo", "we"],
}
