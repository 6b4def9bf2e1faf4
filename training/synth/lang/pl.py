"""Polish lexicon: contact, small talk and grooming phrasings plus the Polish fillers.

Extortion phrasings live in :mod:`.pl_sx`, scams in :mod:`.pl_scam`, benign hard negatives in
:mod:`.pl_benign`; this module merges them into ``SLOTS``. Written the way Polish teenagers,
scammers, parents and counsellors write (xd, nw, wgl, siema, BLIK, Żabka, paczkomat), never
translated from English. Polish inflects, so each filler has one fixed case and the phrasings are
written around it: ``{relative}`` is dative ("wyślę to {relative}" -> "twojej mamie"), ``{cities}``
and ``{subjects}`` are genitive ("z {city}", "z {subject}"), ``{days}`` and ``{times}`` carry their
preposition ("we wtorek", "o 22"), ``{deadlines}`` all start with "do", hobbies, items and game items
are nouns whose accusative equals the nominative, names only appear in the nominative, hours are
written "{hours}h" (no numeral agreement). First-person past tense is avoided where it would fix a
speaker's gender. Append new phrasings at the end of a list (template ids are list positions).
"""

from __future__ import annotations

from . import pl_benign, pl_fraud, pl_scam, pl_sx

LANG = "pl"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "hej | pokazało mi cię w propozycjach, wydajesz się spoko",
        "hejka | wyskoczył mi twój profil na eksploruj xd",
        "siema, znamy się? pokazuje mi cię w 'osoby, które możesz znać'",
        "hej sorki że tak randomowo, ale twój profil mi wyskoczył, więc piszę",
        "elo co tam, insta mi cię poleciło",
        "cześć 👋 jestem tu od niedawna, więc mówię hej",
        "hej | chyba obserwujemy się nawzajem? w każdym razie hej {emoji}",
        "heej jesteś z {city}? wyskoczył mi twój profil",
        "cześć, kojarzę cię skądś, chodzisz do {school}?",
        "siemka | twój filmik wbił mi na dla ciebie, beka",
        "hej nieznajoma osobo 😊 pogadamy?",
        "hej {name}? pokazało mi cię w propozycjach znajomych",
    ],
    "mutual_friend_opener": [
        "hej, {friend_name} mówi że jesteś mega spoko",
        "cześć! mamy chyba z 20 wspólnych znajomych xd więc piszę",
        "hejka, {friend_name} poleca cię jako fajną osobę xd",
        "hej | mamy wspólnych znajomych, chyba widzieliśmy się kiedyś na jakiejś imprezie?",
        "siema, {friend_name} też chodzi do {school}, znacie się?",
        "hej, mignęła mi twoja fotka u wspólnych znajomych, więc mówię hej",
        "cześć, mamy wspólnych obserwujących, np. {friend_name} xd",
        "hej | tylu wspólnych znajomych, a nigdy nie gadaliśmy xd",
        "hej, pokazuje mi że mamy 15 wspólnych znajomych, to piszę",
    ],
    "compliment_opener": [
        "hej sorry że zawracam głowę, ale serio jesteś śliczna",
        "omg | jaka ty jesteś słodka serio",
        "hej, masz przepiękny uśmiech, tak tylko mówię {emoji_flirt}",
        "nie będę kłamać, jesteś najładniejszą osobą na moim feedzie",
        "hej piękna, twój profil to sztos {emoji_flirt}",
        "masz taki fajny vibe na zdjęciach, hej 😊",
        "hej | jesteś w ogóle prawdziwa? za ładna jak na insta xd",
        "cześć śliczna, sorki za randomowe dm",
        "masz obłędne oczy, serio, hej {emoji_flirt}",
        "hej przystojniaku, sorki za śmiałość xd",
        "sorki że tak znikąd, ale jesteś mega przystojny",
    ],
    "who_is_this": [
        "kto to?", "yyy znamy się?", "hej.. kim jesteś", "sorry, a ty kto?", "skąd masz mój profil",
        "czekaj, znamy się w realu?", "hej? a ty skąd mnie znasz", "kto to xd",
        "nie mam cię w kontaktach, kto to?", "a my się znamy?",
    ],
    "reply_neutral": [
        "hej", "siema", "hejka", "cześć :)", "elo", "hej co tam", "no hej", "hej, jak leci?",
        "heej {emoji}", "siemka",
    ],
    "intro_self": [
        "jestem {my_name} btw, z {city}",
        "{my_name} tu xd, mieszkam niedaleko {city}",
        "aa jestem {my_name}, chodzę do szkoły niedaleko {city}",
        "mam na imię {my_name}, kocham {hobby}",
        "jestem {my_name}! nowe konto, stare mi zhakowali",
        "sorki, {my_name} jestem, {friend_name} mnie zna",
        "jestem {my_name} | chyba mieszkam niedaleko ciebie",
        "tu {my_name}, głównie {hobby} i szkoła xd",
        "{my_name}, z {city}, liceum i tyle xd",
    ],
    "claim_same_age": [
        "też mam {my_age} xd",
        "pewnie jesteśmy w tym samym wieku, mam {my_age}",
        "mam {my_age}, a ty?",
        "haha mam {my_age}, czyli prawie to samo",
        "chyba jesteśmy z jednego rocznika, mam {my_age}",
        "o spoko, ja {my_age}, czyli prawie rówieśnicy",
        "{my_age} tu xd, praktycznie tyle co ty",
        "mam {my_age} spokojnie, nie jestem żadnym starym dziadem xd",
        "rocznik podobny, mam {my_age}",
    ],
    "ask_age": [
        "ile masz lat?", "a ile ty masz lat w ogóle", "wiek?", "ile masz lat, jak można spytać?",
        "wyglądasz na 16, ile masz?", "do której klasy chodzisz?", "jesteś w moim wieku nie?",
        "który rocznik?", "ile lat?",
    ],
    "target_age_reveal": [
        "mam {age} lat", "{age} a ty", "{age} xd", "dopiero co {age} skończone", "{age}, prawie {age_next}",
        "mam {age}, a co?", "{age}. czemu pytasz", "mam dopiero {age} lat xd", "{age} lat",
    ],
    "shared_interest": [
        "serio grasz w {game}?? musimy kiedyś zagrać razem",
        "omg ja też kocham {hobby}",
        "czekaj, ty też lubisz {hobby}? dokładnie jak ja",
        "grasz w {game}? ja nie mogę się od tego oderwać xd",
        "mamy tyle wspólnego, to jest szalone",
        "słucham tego samego co ty, twoja playlista to sztos",
        "ja też!! {hobby} co weekend",
        "w końcu ktoś kto ogarnia xd kocham {game}",
        "lubisz {hobby}?? dobra, jesteś oficjalnie spoko osobą",
    ],
    "smalltalk_question": [
        "co robisz?", "jak tam w szkole dziś?", "co tam porabiasz", "jak ci mija dzień",
        "jakie plany na weekend?", "po obiedzie już?", "oglądasz coś fajnego ostatnio?", "co słychać?",
        "idziesz na tę imprezę {day}?", "co nowego", "jak tam?",
    ],
    "smalltalk_answer": [
        "nic, chilluję", "szkoła była mega nudna", "dopiero co w domu", "oglądam netflixa xd",
        "lekcje odrabiam ugh", "nic takiego, a ty?", "jem obiad", "w sumie dobrze",
        "zmęczenie level max xd", "jestem na treningu, napiszę później", "wyprowadzam psa",
        "leżę w łóżku i scrolluję tiktoka",
    ],
    "ack_short": [
        "ok", "okej", "oki", "xd", "haha", "spoko", "git", "no", "dobra", "jasne", "XD", "👍", "okk",
    ],
    "thanks": [
        "dzięki!!", "dziękuję bardzo", "dzk", "dzięki wielkie", "thx", "dziękuję, serio",
        "dzięki, doceniam", "jesteś złoto, dzięki", "dzięks",
    ],
    "photo_share_benign": [
        "zobacz jaki zachód słońca [photo]",
        "mój pies znowu odwala [photo]",
        "to dziś na obiad xd",
        "nowa fryzura, co myślisz?",
        "widok z autobusu, ale ładnie",
        "zobacz moje ciasto, porażka haha",
        "kot znowu zajął moje miejsce",
        "fotka z meczu wczoraj",
        "patrz co leży w piwnicy [photo]",
    ],
    "meet_suggestion": [
        "musimy się kiedyś spotkać",
        "może zadzwonimy później?",
        "może kiedyś pogadamy na wideo?",
        "fajnie byłoby się kiedyś poznać na żywo",
        "jak będziesz w okolicach {city} to daj znać",
        "zagrajmy dziś wieczorem w {game}",
        "zadzwoń kiedyś, dobrze mi się z tobą gada",
        "kiedyś możemy skoczyć na kebaba",
        "wyjdziemy kiedyś gdzieś?",
    ],
    "flattery": [
        "serio jesteś śliczna",
        "masz najsłodszy uśmiech ever",
        "różnisz się od reszty ludzi tutaj, w dobrym sensie",
        "nie będę ściemniać, jesteś mega ładna",
        "ale z ciebie zabawna osoba omg",
        "jak ty w ogóle istniejesz xd jesteś idealna",
        "każdy miałby szczęście gadać z tobą",
        "wyglądasz obłędnie na zdjęciach serio",
        "jesteś dokładnie w moim typie",
        "mogę z tobą gadać cały dzień",
        "jesteś dużo ładniejsza niż dziewczyny z mojej szkoły",
        "jesteś mega przystojny, dziewczyny z twojej szkoły muszą za tobą szaleć",
    ],
    "mature_for_age": [
        "jesteś bardzo dojrzała jak na swój wiek",
        "w ogóle nie zachowujesz się jak dzieciak, podoba mi się to",
        "masz więcej w głowie niż inni w twoim wieku",
        "czuję że rozumiesz mnie lepiej niż ludzie w moim wieku",
        "jak na {age} lat jesteś serio dojrzałą osobą",
        "nikt by nie powiedział, że masz tylko {age} lat",
        "większość ludzi w twoim wieku jest taka dziecinna, ale nie ty",
        "ty naprawdę rozumiesz różne rzeczy, to rzadkie",
        "gada się z tobą jak z dorosłą osobą",
    ],
    "flattered_reply": [
        "aww dzięki", "haha przestań", "słodkie to", "haha dzięki {emoji}", "nieee to ty xd",
        "miło z twojej strony", "haha przecież mnie nie znasz", "rumienię się xd", "awww", "przestaaań 😳",
    ],
    "secrecy_request": [
        "nie mów nikomu że gadamy ok? nie zrozumieliby",
        "niech to zostanie między nami",
        "twoi rodzice nie muszą o mnie wiedzieć xd",
        "to nasz sekret ok?",
        "usuwaj potem nasze wiadomości, tak na wszelki wypadek",
        "nie mów o mnie znajomym, będą zazdrośni",
        "obiecaj że nikomu o nas nie powiesz",
        "ludzie by to źle zrozumieli, więc zachowaj to dla siebie",
        "lepiej żeby nikt nie wiedział że piszemy",
    ],
    "gift_promise": [
        "mogę ci kupić kartę {giftcard} jak chcesz",
        "chcesz robuxy? mam ich za dużo",
        "kupię ci co tylko chcesz w {game}",
        "mogę ci podesłać kasę na urodziny, masz {payapp}?",
        "chcę ci kupić coś fajnego, jaki nosisz rozmiar?",
        "doładuję ci konto w {game}, luz",
        "jak będziesz ze mną pisać, to co tydzień dostaniesz prezent xd",
        "mam dla ciebie niespodziankę, musisz tylko być dla mnie miła",
        "zasługujesz na fajne rzeczy, pozwól mi cię rozpieszczać",
        "wyślę ci doładowanie na telefon, serio żaden problem",
    ],
    "ask_alone": [
        "rodzice są w domu?", "masz teraz wolną chatę?", "ktoś jest obok ciebie?",
        "rodzice sprawdzają ci telefon?", "gdzie są dziś wieczorem twoi starzy",
        "możesz pisać tak, żeby nikt nie widział?", "jesteś w swoim pokoju?", "mama czyta ci wiadomości?",
        "masz dzisiaj wolną chatę?",
    ],
    "platform_move": [
        "dodaj mnie na {app}, tu prawie nie wchodzę",
        "masz {app}? mój nick to {handle}",
        "przejdźmy na {app}, tam łatwiej",
        "jaki masz nick na {app}?",
        "pisz na {app}, {handle}",
        "możemy przejść na {app}? tu rzadko zaglądam",
        "napisz do mnie lepiej na {app}",
        "ściągnij {app} i mnie dodaj",
        "lepiej gadać na {app}",
        "mój numer to {phone}, pisz tam",
    ],
    "platform_move_excuse": [
        "ta apka strasznie się bugguje, chodź na {app}",
        "przejdźmy na {app}, tam jest bardziej prywatnie",
        "na {app} wiadomości znikają, więc jest bezpieczniej",
        "mama sprawdza mi tę apkę, dodaj mnie na {app}",
        "ciągle mnie tu wylogowuje, {app}?",
        "zaraz mnie tu zbanują nie wiadomo za co, przejdź na {app}",
        "na {app} lepiej się dzwoni, dodaj {handle}",
        "powiadomienia tu nie działają, pisz na {app}",
        "chodźmy na {app}, żeby nikt nie widział",
    ],
    "target_gives_handle": [
        "ok to {handle}", "spoko, dodane", "ok wysłane zaproszenie", "mój to {handle}", "zrobione",
        "ok dodane na {app}", "na {app} rzadko wchodzę, ale ok", "poszło", "ok a jak się tam nazywasz",
    ],
    "flirt_escalation": [
        "chyba zaczynam cię lubić",
        "nie mogę przestać o tobie myśleć",
        "teraz gadam tylko z tobą",
        "szkoda że nie ma cię tu teraz",
        "myślę że między nami jest coś wyjątkowego",
        "jesteś teraz moja ok? 😏",
        "lubię cię bardziej niż wypada xd",
        "dzięki tobie mam lepszy humor codziennie",
        "pierwszy raz mam takie uczucia do kogoś z neta",
        "tęsknię jak nie piszesz",
    ],
    "modeling_offer": [
        "mogłabyś być modelką, współpracuję z agencją",
        "myślałaś kiedyś o modelingu? masz idealną twarz",
        "jestem fotografem, szukam nowych twarzy dla marek",
        "moja agencja szuka dokładnie takich osób jak ty, płatne sesje",
        "masz look, którego marki teraz szukają, serio",
        "mogę ci załatwić kontrakt, pomogłem już wielu dziewczynom zacząć",
        "twoje zdjęcia są super, powinnaś to robić zawodowo",
        "płacimy {amount} za sesję, idealnie się nadajesz",
        "robię castingi dla marki odzieżowej, masz potencjał",
    ],
    "modeling_pics_request": [
        "wyślij mi kilka prywatnych zdjęć do portfolio",
        "dla agencji potrzebuję zdjęć, na których widać więcej",
        "klient najpierw chce prywatne wideo, to normalne w tej branży",
        "wyślij kilka zdjęć bez filtrów, takich bardziej prywatnych",
        "na casting potrzebne są zdjęcia prywatne, nie te z insta",
        "zrób dziś wieczorem kilka fotek u siebie w pokoju i wyślij tutaj",
        "agencja potrzebuje prywatnej sesji, zanim podpisze umowę",
        "wyślij te zdjęcia do booka, agencja czeka",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"pl: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, pl_sx.SLOTS, pl_scam.SLOTS, pl_benign.SLOTS, pl_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["kuba", "szymon", "filip", "antek", "bartek", "michał", "kacper", "wiktor", "igor",
                    "oskar", "mateusz", "dawid", "patryk", "maja", "zuza", "lena", "julka", "ola",
                    "natalia", "wiktoria", "hania", "ania", "gosia", "amelka", "nikola", "oliwia",
                    "kasia", "weronika"],
    "relatives": ["twojej mamie", "twojemu tacie", "twoim rodzicom", "twojej siostrze", "twojemu bratu",
                  "twojej babci", "całej twojej rodzinie", "twojej cioci", "twojemu dziadkowi"],
    "cities": ["warszawy", "krakowa", "wrocławia", "poznania", "gdańska", "łodzi", "katowic", "lublina",
               "szczecina", "rzeszowa", "torunia", "gdyni", "białegostoku"],
    "schools": ["sp 12", "sp nr 4", "sp 81", "III lo", "lo nr 5", "technikum nr 2", "zsp 1", "VI lo",
                "zs nr 3"],
    "apps": ["snap", "snapchat", "telegram", "whatsapp", "wa", "insta", "ig", "discord", "signal",
             "messenger"],
    "handle_words": ["zuza", "xo", "real", "its", "kuba", "nika", "vibes", "official", "pl", "lil",
                     "nova", "ola", "bartek", "made_up", "skyy"],
    "phone_formats": ["555 010 1##", "+48 555 010 1##", "555-010-1##", "555 01# ###"],
    "iban_formats": ["PL00 5555 0000 0000 0000 0000 00##", "00 5555 0000 0000 0000 0000 ####",
                     "PL00 0000 5555 0000 0000 0000 ####"],
    "giftcards": ["paysafecard", "psc", "steam", "google play", "apple", "itunes", "psn", "xbox",
                  "allegro", "razer gold"],
    "payapps": ["blik", "revolut", "paypal", "zen", "skrill", "western union", "apple pay", "google pay"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "krypto", "litecoin"],
    "currency_formats": ["{n} zł", "{n} zł", "{n}zł", "{n} pln", "{n} PLN", "{n} złotych", "{n} euro",
                         "{n}€"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "70"],
    "amounts_scam": ["950", "1200", "1500", "1800", "2000", "2500", "3000"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48"],
    "minutes": ["5", "10", "15", "20", "30", "45"],
    "deadlines": ["do północy", "do wieczora", "do 22", "do jutra rana", "do piątku", "do końca dnia",
                  "do jutra", "do 20:00", "do rana"],
    "days": ["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę"],
    "times": ["o 18", "o 19", "o 20", "o 21", "o 22", "o 17:30", "o 16", "w południe"],
    "items": ["rower", "ps4", "iphone 11", "biurko", "gitara", "kurtka", "hulajnoga", "monitor", "plecak",
              "fotel gamingowy", "deskorolka", "lego", "wózek"],
    "games": ["fortnite", "roblox", "minecraft", "valorant", "cs2", "lol", "brawl stars", "fc 25", "gta"],
    "game_items": ["skin", "rzadki skin", "konto", "nóż", "battle pass", "pakiet v-dolców",
                   "limitowany item", "karambit"],
    "subjects": ["matmy", "biologii", "chemii", "polskiego", "angielskiego", "historii", "fizyki",
                 "geografii", "infy"],
    "hobbies": ["rysowanie", "taniec", "gaming", "anime", "kosz", "boks", "pływanie", "rap", "k-pop",
                "parkour"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "nie wiem": ["nw", "nwm"], "dzięki": ["dzk", "dzieki", "dzięks"], "proszę": ["prosze", "pls", "plis"],
    "w ogóle": ["wgl", "wgle"], "w sumie": ["wsm"], "okej": ["ok", "oki", "okk"], "spoko": ["spk", "spoks"],
    "ciebie": ["cb"], "też": ["tez"], "już": ["juz", "jz"], "się": ["sie"], "że": ["ze"],
    "naprawdę": ["naprawde", "serio"], "coś": ["cos"], "czemu": ["czm"], "kocham cię": ["kc", "kocham cie"],
    "przepraszam": ["sorki", "sry"], "sorry": ["sry", "sorki"], "kasy": ["hajsu"], "kasę": ["hajs"],
    "wszystko": ["wszytko", "wsio"], "trochę": ["troche", "troszke"], "zaraz": ["zara"],
    "dlaczego": ["czemu"], "jesteś": ["jestes"], "może": ["moze"], "wiadomości": ["wiadomosci"],
    "zdjęcie": ["zdj"], "zdjęcia": ["zdj", "fotki"], "cześć": ["czesc", "cze"], "dobra": ["dbr"],
}
