"""German lexicon: contact, small talk and grooming phrasings plus the German fillers.

Extortion phrasings live in :mod:`.de_sx`, scams in :mod:`.de_scam`, benign hard negatives in
:mod:`.de_benign`. Written as German teenagers, scammers and counsellors write, not translated.
``{relative}`` is in the dative ("deiner Mutter"): use it only in dative slots ("schick es
{relative}"). Append new phrasings at the end of a list (template ids are list positions).
"""

from __future__ import annotations

from . import de_benign, de_fraud, de_scam, de_sx

LANG = "de"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "hey, hab dich in meinen vorschlägen gesehen, wirkst voll nett",
        "hii | du wurdest mir auf explore angezeigt haha",
        "hey kennen wir uns? du kamst bei personen die du kennen könntest",
        "na? sorry für die random nachricht, dein profil kam einfach",
        "hallo :) bin neu hier und wollt mal hallo sagen",
        "hey | bist du aus {city}? dein profil wurde mir vorgeschlagen",
        "servus, du kommst mir bekannt vor, gehst du auf die {school}?",
        "hey, hab dein video auf der fyp gesehen, war echt lustig",
        "moin, hast du mir grad gefolgt? egal, hi {emoji}",
        "hey fremde person 😊 lust zu schreiben?",
        "hi {name} oder? du kamst bei vorschläge",
    ],
    "mutual_friend_opener": [
        "hey du bist doch mit {friend_name} befreundet oder?",
        "hi! wir haben voll viele gemeinsame freunde, dachte ich schreib mal",
        "hey {friend_name} hat von dir erzählt, hoffe ist ok dass ich dich adde",
        "hey | wir haben gemeinsame freunde, waren wir mal auf derselben party?",
        "yo ich kenn {friend_name} von der {school}, du auch oder",
        "hey hab dich auf {friend_name}s bildern gesehen, dachte ich sag hi",
        "hallo, kennst du {friend_name}? der folgt mir auch",
        "hey | so viele gemeinsame, wieso haben wir nie geschrieben lol",
    ],
    "compliment_opener": [
        "hey sorry dass ich einfach schreib aber du bist echt hübsch",
        "omg | du bist so süß, musste dir schreiben",
        "hi, wollte nur sagen dass dein lächeln mega ist {emoji_flirt}",
        "ehrlich du bist die hübscheste person auf meiner startseite",
        "hey, hab dein profil gesehen und musste einfach was sagen",
        "deine bilder haben so ne schöne ausstrahlung, hi 😊",
        "hey | bist du echt? so perfekt lol",
        "hi du hübsche, sorry für die random dm",
    ],
    "who_is_this": [
        "wer bist du?", "ähm kennen wir uns?", "hey.. wer is das", "sorry wer bist du",
        "woher hast du mein profil", "kennen wir uns irl?", "hi? woher kennst du {friend_name}",
        "wer dis lol", "hm hab dich nicht eingespeichert, wer ist da",
    ],
    "reply_neutral": [
        "hey", "hii", "heyy was geht", "hi :)", "hey wie gehts", "na", "hallo",
        "hey, alles gut?", "heyyy {emoji}", "moin",
    ],
    "intro_self": [
        "bin {my_name} übrigens, aus {city}",
        "{my_name} hier haha, bin grad nach {city} gezogen",
        "ich bin {my_name}, geh auf ne schule bei {city}",
        "ich heiß {my_name}, {hobby} ist so mein ding",
        "ich bin {my_name}! neu hier, mein alter account wurde gehackt",
        "sorry, ich bin {my_name}, ein freund von {friend_name}",
        "bin {my_name} | wohn glaub ich gar nicht so weit weg von dir",
        "ich bin {my_name}, hauptsächlich {hobby} und schule lol",
    ],
    "ask_age": [
        "wie alt bist du?", "wie alt bist du eigentlich", "alter?", "wie alt biste",
        "du siehst aus wie 16, wie alt bist du", "darf ich fragen wie alt du bist?",
        "in welcher klasse bist du?", "du bist ungefähr so alt wie ich oder?",
    ],
    "claim_same_age": [
        "ich bin auch {my_age} haha",
        "bin wahrscheinlich so alt wie du, {my_age}",
        "ich bin {my_age}, und du?",
        "haha ich bin {my_age}, also fast gleich alt",
        "bin glaub im gleichen jahrgang wie du, {my_age}",
        "ah cool ich bin {my_age}, also nicht viel älter",
        "{my_age} hier lol, also praktisch wie du",
        "ich bin {my_age}, keine sorge bin kein alter typ haha",
    ],
    "target_age_reveal": [
        "bin {age}", "{age} und du", "ich bin {age} lol", "bin grad {age} geworden",
        "{age}, bald {age_next}", "ich bin {age}, warum fragst du", "{age}. wieso",
        "bin erst {age} haha",
    ],
    "shared_interest": [
        "nein du zockst auch {game}?? müssen mal zusammen spielen",
        "omg ich mag {hobby} auch voll",
        "warte du stehst auch auf {hobby}? same",
        "du spielst {game}? bin voll süchtig danach lol",
        "wir haben so viel gemeinsam das ist krass",
        "ich hör die gleiche musik wie du, deine playlist ist so gut",
        "same!! bei mir jedes wochenende {hobby}",
        "endlich jemand der das versteht, ich liebe {game}",
    ],
    "smalltalk_question": [
        "was machst du so", "wie war schule heute?", "was machst du grad", "wie läufts bei dir",
        "was machst du am wochenende?", "schon gegessen?", "schaust du grad was gutes?",
        "und wie ist {city} so", "gehst du {day} auch hin?", "was gibts neues",
    ],
    "smalltalk_answer": [
        "nix besonderes, chill grad", "schule war so langweilig ehrlich", "bin grad heimgekommen",
        "schau netflix lol", "hausaufgaben grad ugh", "nicht viel und du?", "ess grad",
        "eigentlich ganz gut", "bin müde lol", "bin grad beim training, schreib später",
        "geh grad mit dem hund raus", "lieg im bett und scroll haha",
    ],
    "ack_short": [
        "ok", "okay", "oki", "k", "lol", "haha", "klar", "ok cool", "ja", "passt", "jo", "👍",
        "alles klar",
    ],
    "thanks": [
        "danke!!", "dankeee", "danke dir echt", "thx", "dankeschön", "vielen dank",
        "danke, du bist die beste", "merci", "danke dir",
    ],
    "photo_share_benign": [
        "guck mal der sonnenuntergang [photo]",
        "mein hund schon wieder so komisch [photo]",
        "das gabs heute in der mensa 😂",
        "neuer haarschnitt, meinungen?",
        "aussicht aus dem bus, so schön",
        "guck mal mein kuchen fail haha",
        "die katze hat wieder meinen platz geklaut",
        "hier das bild vom spiel gestern",
    ],
    "meet_suggestion": [
        "wir sollten mal was machen",
        "vielleicht können wir später telefonieren?",
        "lust mal zu facetimen?",
        "wär cool sich mal zu treffen",
        "wenn du mal in {city} bist sag bescheid",
        "lass heute abend zusammen {game} zocken",
        "ruf mich mal an? schreib gern mit dir",
        "irgendwann gehen wir mal was essen",
    ],
    "flattery": [
        "du bist echt so hübsch",
        "du hast das süßeste lächeln",
        "du bist anders als die anderen hier, im guten sinne",
        "ehrlich du siehst richtig gut aus",
        "du bist so lustig omg",
        "wie kann man so perfekt sein lol",
        "jeder kann froh sein mit dir zu schreiben",
        "du siehst auf deinen bildern mega aus",
        "du bist genau mein typ",
        "ich könnt den ganzen tag mit dir schreiben",
        "du bist viel hübscher als die mädels an meiner schule",
        "für nen jungen bist du echt süß ehrlich",
        "du siehst so gut aus, die mädchen an deiner schule sind bestimmt alle in dich verknallt",
    ],
    "mature_for_age": [
        "du bist so reif für dein alter",
        "du benimmst dich gar nicht wie ein kind, mag ich",
        "du bist nicht wie andere in deinem alter, viel schlauer",
        "du verstehst mich besser als leute in meinem alter",
        "für {age} bist du echt erwachsen",
        "du wirkst viel älter als du bist",
        "die meisten in deinem alter sind so kindisch aber du nicht",
        "mit dir kann man richtig reden, das ist selten",
    ],
    "flattered_reply": [
        "aww danke", "lol hör auf", "omg du bist süß", "haha danke {emoji}", "nein du bist süß",
        "das ist lieb von dir", "haha du kennst mich doch gar nicht", "du machst mich verlegen lol",
        "aww", "hörrr auf 😳",
    ],
    "secrecy_request": [
        "erzähl keinem dass wir schreiben ok? die würden das nicht verstehen",
        "das bleibt unter uns",
        "deine eltern müssen nichts von mir wissen lol",
        "das ist unser geheimnis ok?",
        "lösch den chat danach, nur zur sicherheit",
        "sag {friend_name} nix von mir, die wird sonst eifersüchtig",
        "versprich mir dass du keinem von uns erzählst",
        "die leute würden das falsch verstehen, also bleibt das privat",
        "besser keiner weiß dass wir schreiben",
    ],
    "gift_promise": [
        "ich kann dir ne {giftcard} karte holen wenn du willst",
        "willst du v-bucks? hab eh zu viele",
        "ich kauf dir das {game_item} das du wolltest",
        "ich schick dir was zum geburtstag, sag mir einfach dein {payapp}",
        "ich will dir was schönes kaufen, welche größe hast du?",
        "ich lad dir dein {game} konto auf, kein ding",
        "wenn du weiter mit mir schreibst kriegst du jede woche was lol",
        "hab ne überraschung für dich, musst nur lieb zu mir sein",
        "du verdienst schöne sachen, lass mich dich verwöhnen",
    ],
    "ask_alone": [
        "sind deine eltern zuhause?", "bist du grad allein?", "ist jemand bei dir",
        "kontrollieren deine eltern dein handy?", "wo sind deine eltern heute abend",
        "kannst du schreiben ohne dass wer guckt?", "bist du in deinem zimmer?",
        "liest deine mutter deine nachrichten?",
    ],
    "platform_move": [
        "add mich auf {app}, bin hier kaum",
        "hast du {app}? meins ist {handle}",
        "lass auf {app} schreiben, ist einfacher",
        "was ist dein {app}?",
        "schreib mir auf {app}, {handle}",
        "können wir auf {app} wechseln? guck hier nie rein",
        "schreib mir lieber auf {app}",
        "lad dir {app} runter und add mich",
        "bist du auf {app}? da ist besser",
        "meine nummer ist {phone}, schreib mir da",
    ],
    "platform_move_excuse": [
        "die app hier spinnt voll, lass auf {app} gehen",
        "lass auf {app} gehen, ist privater",
        "auf {app} werden nachrichten gelöscht, ist sicherer",
        "meine mutter checkt diese app, add mich auf {app}",
        "die app loggt mich dauernd aus, {app}?",
        "werd hier grundlos gesperrt, komm auf {app}",
        "{app} ist besser zum telefonieren, add mich {handle}",
        "benachrichtigungen gehen hier nicht, komm auf {app}",
        "lass auf {app} schreiben damit keiner was sieht",
    ],
    "target_gives_handle": [
        "ok ist {handle}", "klar hab dich geaddet", "ok hab dir ne anfrage geschickt",
        "meins ist {handle}", "erledigt", "ok hab dich auf {app} hinzugefügt",
        "bin eigentlich nicht so auf {app} aber ok", "geschickt", "ok wie heißt du da",
    ],
    "flirt_escalation": [
        "ich glaub ich fang an dich zu mögen",
        "ich muss die ganze zeit an dich denken ehrlich",
        "du bist die einzige mit der ich noch schreib",
        "ich wünschte du wärst jetzt hier",
        "ich glaub zwischen uns ist was besonderes",
        "du gehörst jetzt mir ok? 😏",
        "ich mag dich mehr als ich sollte lol",
        "du machst mich so glücklich, weißt du das?",
        "so hab ich noch nie für jemanden online gefühlt",
    ],
    "modeling_offer": [
        "du könntest echt model sein, ich arbeite mit ner agentur",
        "hast du mal an modeln gedacht? dein gesicht ist perfekt dafür",
        "ich bin fotograf und such neue gesichter für marken",
        "meine agentur sucht genau leute wie dich, bezahlte shootings",
        "du hast genau den look den marken grad wollen, kein witz",
        "ich kann dir nen vertrag besorgen, hab schon vielen geholfen",
        "deine bilder sind so gut, das solltest du professionell machen",
        "wir zahlen {amount} pro shooting, du wärst perfekt",
    ],
    "modeling_pics_request": [
        "schick mir ein paar private bilder fürs portfolio",
        "für die agentur brauch ich bilder wo man mehr von dir sieht",
        "der kunde will vorher ein privates video, ist normal in dem job",
        "schick bilder ohne filter, sieht nur ich",
        "fürs casting brauch ich persönliche bilder, nicht die von insta",
        "mach heute abend ein paar bilder in deinem zimmer und schick sie hier",
        "die agentur braucht erst private bilder bevor sie dich nehmen",
        "schick mir einfach die bilder für die mappe, die agentur wartet",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"de: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, de_sx.SLOTS, de_scam.SLOTS, de_benign.SLOTS, de_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["lukas", "leon", "finn", "jonas", "paul", "ben", "elias", "luis", "emil", "tim",
                    "mia", "emma", "hannah", "lea", "lena", "sophie", "marie", "anna", "lina", "emily",
                    "mila", "ela", "can", "deniz", "yusuf", "selin", "nico", "jana"],
    "relatives": ["deiner mutter", "deinem vater", "deinen eltern", "deiner schwester", "deinem bruder",
                  "deiner oma", "deiner ganzen familie", "deinem onkel"],
    "cities": ["berlin", "hamburg", "münchen", "köln", "frankfurt", "stuttgart", "dortmund", "leipzig",
               "bremen", "wien", "zürich", "graz", "hannover"],
    "schools": ["gesamtschule nord", "gymnasium am stadtpark", "realschule am see", "lindenschule",
                "oberschule mitte", "sekundarschule west", "gymnasium süd", "bbs 2"],
    "apps": ["snap", "snapchat", "telegram", "whatsapp", "insta", "discord", "signal", "threema", "wa"],
    "handle_words": ["lena", "xo", "itz", "real", "lil", "finn", "skyy", "vibes", "made_up", "nova",
                     "ace", "mia", "boy", "girl", "official"],
    "phone_formats": ["0155 5550 1##", "+49 155 5550 1##", "0155-55501##"],
    "iban_formats": ["DE00 5555 0000 0000 0000 ##", "DE00 0000 5555 0000 ####", "AT00 5555 0000 ####"],
    "giftcards": ["paysafecard", "paysafe", "steam", "apple", "itunes", "google play", "amazon",
                  "psn", "xbox", "razer gold"],
    "payapps": ["paypal", "paypal freunde", "twint", "revolut", "apple pay", "klarna", "wero",
                "n26", "western union"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "krypto", "litecoin"],
    "currency_formats": ["{n}€", "{n}€", "{n} €", "{n} euro", "{n} eur", "{n} Euro", "€{n}",
                         "{n} franken"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "70"],
    "amounts_scam": ["950", "1200", "1350", "1500", "1800", "2000", "2500"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48"],
    "minutes": ["5", "10", "15", "20", "30", "45"],
    "deadlines": ["bis mitternacht", "bis heute abend", "bis 22 uhr", "vor der schule morgen",
                  "bis freitag", "bis ende des tages", "bis morgen früh", "innerhalb einer stunde"],
    "days": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "times": ["18 uhr", "19 uhr", "20 uhr", "halb 8", "21:30", "22 uhr", "mittag", "16 uhr"],
    "items": ["fahrrad", "ps5", "iphone 12", "schreibtisch", "sofa", "gitarre", "sneaker", "jacke",
              "airpods", "lego set", "kinderwagen", "schulbücher", "e-scooter"],
    "games": ["fortnite", "roblox", "minecraft", "valorant", "fifa", "brawl stars", "cs2", "lol"],
    "game_items": ["skin", "seltenen skin", "account", "messer skin", "battle pass", "v-bucks paket",
                   "limitiertes item", "pet"],
    "subjects": ["mathe", "bio", "chemie", "deutsch", "englisch", "geschichte", "physik", "erdkunde"],
    "hobbies": ["fußball", "gaming", "tanzen", "zeichnen", "handball", "reiten", "turnen", "musik",
                "anime", "basketball"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "nicht": ["nich", "net", "ned"], "ich": ["i"], "habe": ["hab"], "ist": ["is"],
    "einen": ["nen", "'n"], "eine": ["ne"], "vielleicht": ["vllt", "vlt"], "bitte": ["bidde", "pls", "bitteee"],
    "okay": ["ok", "oki"], "sorry": ["sry", "sorri"], "jetzt": ["jz", "jetz"], "gerade": ["grad"],
    "danke": ["thx", "dankee"], "keine ahnung": ["ka", "kp"], "was": ["wat"], "mal": ["ma"],
    "wirklich": ["echt", "wirkli"], "nichts": ["nix"], "bisschen": ["bissl", "bissi"],
    "liebe dich": ["lieb dich", "ld"], "hab dich lieb": ["hdl"], "schreiben": ["schreibn"],
}
