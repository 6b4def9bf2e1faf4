"""Dutch lexicon: contact, small talk and grooming phrasings plus the Dutch fillers.

Extortion phrasings live in :mod:`.nl_sx`, scams in :mod:`.nl_scam`, benign hard negatives in
:mod:`.nl_benign`. Written the way teenagers, scammers, parents and counsellors write in the
Netherlands and Flanders (ff, mss, wollah, skeer, amai, allez, gsm), not translated from English.

Filler forms: ``{relative}`` carries its possessive ("je moeder", "je ouders"); ``{school}``
carries its article ("het stedelijk lyceum") and fits after "op"/"van"; ``{item}`` is a bare
noun used after "je"/"jouw" (works for de- and het-words); ``{hobby}`` is a bare noun.
Append new phrasings at the end of a list (template ids are list positions).
"""

from __future__ import annotations

from . import nl_benign, nl_fraud, nl_scam, nl_sx

LANG = "nl"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "hey zag je in mijn suggesties, lijk me wel chill",
        "hoi | je kwam op mijn ontdekpagina haha",
        "heyy kennen wij elkaar? je kwam bij mensen die je misschien kent",
        "hey sorry beetje random maar je profiel kwam langs en moest ff hoi zeggen",
        "yo alles goed? vond je via snelle toevoegen",
        "hallo 👋 ben nieuw hier, dacht ik zeg ff hoi",
        "hey | volgde jij mij terug? maakt niet uit, hoi {emoji}",
        "heyy random vraag maar kom jij uit {city}? je pagina kwam langs",
        "hoi, je komt me bekend voor, zit jij op {school}?",
        "hey | zag je video op mijn fyp, je bent echt grappig",
        "hey onbekende 😊 mag ik je ff storen?",
        "hoi {name} toch? je naam kwam bij voorgestelde accounts",
    ],
    "mutual_friend_opener": [
        "hey jij bent toch vrienden met {friend_name}? zei dat je chill bent",
        "hoi! we hebben zoveel gemeenschappelijke vrienden haha dus ik dacht ik stuur ff wat",
        "heyy {friend_name} heeft over jou verteld, hoop dat het oké is dat ik je toevoeg",
        "hey | we hebben wat mutuals, hebben we elkaar niet op een feestje gezien?",
        "yo ik ken {friend_name} van {school}, jij ook toch",
        "hey zag je op de foto's van {friend_name}, dacht ik zeg ff hoi",
        "hallo, ken jij {friend_name}? die volgt mij ook",
        "hey | zoveel mutuals, hoe hebben we nooit gepraat lol",
        "hoi, {friend_name} gaf me je snap, geen zorgen",
        "ewa, jij zat toch ook op dat kamp met {friend_name}?",
    ],
    "compliment_opener": [
        "hey sorry dat ik stoor maar je bent echt heel mooi",
        "omg | je bent zo schattig, moest je ff een bericht sturen",
        "hoi, wilde alleen zeggen dat je lach echt prachtig is {emoji_flirt}",
        "ga niet liegen je bent het mooiste meisje op mijn tijdlijn",
        "hey knapperd, zag je pagina en kon niet niks zeggen",
        "je hebt zo'n goeie vibe op je foto's, hoi 😊",
        "hey | ben jij echt zo perfect?? wie ben jij haha",
        "hoi mooie, sorry voor het random berichtje",
        "amai je ogen, moest je echt ff sturen {emoji_flirt}",
        "wollah je bent echt knap, ik moest je ff toevoegen",
    ],
    "who_is_this": [
        "wie is dit?", "uhm ken ik jou?", "hey.. wie ben jij", "sorry wie is dit",
        "hoe heb je mij gevonden", "wacht kennen we elkaar in het echt?", "hoi? hoe ken jij {friend_name}",
        "wie dis haha", "je staat niet in mijn contacten, wie is dit", "wie zijt gij?",
    ],
    "reply_neutral": [
        "hey", "hoi", "heyy hoe gaat ie", "hoi :)", "hey alles goed?", "yo", "hallo",
        "hey, alles oké?", "heyyy {emoji}", "ewa", "hallo hallo",
    ],
    "intro_self": [
        "ik ben {my_name} trouwens, uit {city}",
        "{my_name} hier haha, net verhuisd naar {city}",
        "oh ik ben {my_name}, zit op school in de buurt van {city}",
        "ik heet {my_name}, ben echt fan van {hobby}",
        "ik ben {my_name}! nieuw account, mijn oude is gehackt",
        "sorry, ik ben {my_name}, vriend van {friend_name}",
        "ik ben {my_name} | ik woon volgens mij best dichtbij",
        "het is {my_name}, vooral bezig met {hobby} haha",
        "ik ben {my_name} uit {city}, en jij?",
    ],
    "claim_same_age": [
        "ik ben ook {my_age} haha",
        "waarschijnlijk zelfde leeftijd als jij, ik ben {my_age}",
        "ik ben {my_age}, jij?",
        "ha ik ben {my_age}, we zijn basically even oud",
        "ik zit volgens mij in hetzelfde jaar als jij, {my_age}",
        "oh nice ik ben {my_age} dus niet veel ouder",
        "{my_age} hier haha, bijna hetzelfde als jij",
        "ik ben {my_age} hoor geen zorgen ben geen oude man haha",
        "ben {my_age}, dus zelfde generatie",
    ],
    "ask_age": [
        "hoe oud ben je?", "hoe oud ben jij eigenlijk", "wacht hoe oud ben je?", "leeftijd?",
        "je ziet eruit als 16, hoe oud ben je", "hoe oud ben je als ik vragen mag",
        "in welke klas zit je?", "je bent ongeveer mijn leeftijd toch?", "hoe oud zijde gij?",
    ],
    "target_age_reveal": [
        "ik ben {age}", "{age} jij", "ik ben {age} haha", "ben net {age} geworden",
        "{age}, bijna {age_next}", "ik ben {age}, hoezo", "{age}. hoezo",
        "ben pas {age} haha", "{age}, zit in de 3e",
    ],
    "shared_interest": [
        "no way jij speelt ook {game}?? moeten we een keer samen doen",
        "omg ik hou ook van {hobby}",
        "wacht jij bent ook into {hobby}? letterlijk same",
        "jij speelt {game}? ik ben er zo verslaafd aan haha",
        "we hebben zoveel gemeen echt crazy",
        "ik luister dezelfde muziek als jij, je playlist is echt goed",
        "same!! elk weekend {hobby} bij mij",
        "eindelijk iemand die het snapt, {game} is leven",
        "jij houdt van {hobby}?? oké je bent officieel cool",
    ],
    "smalltalk_question": [
        "wat ben je aan het doen", "hoe was school vandaag?", "wat doe je nu", "hoe is je dag",
        "wat doe je dit weekend?", "al gegeten?", "kijk je nog iets leuks de laatste tijd?",
        "hoe is het in {city}", "ga jij {day} naar dat ding?", "nog nieuws", "wa zijde aan het doen?",
    ],
    "smalltalk_answer": [
        "niks bijzonders, gewoon chillen", "school was zo saai ngl", "net thuis",
        "netflix aan het kijken haha", "huiswerk nu ugh", "niet veel, jij?", "aan het eten",
        "best goed eigenlijk", "moe haha", "op training nu, later appen",
        "ff de hond uitlaten", "in bed aan het scrollen haha", "ben skeer dus thuis chillen",
    ],
    "ack_short": [
        "ok", "oké", "oki", "haha", "hahah", "prima", "oké cool", "ja", "is goed", "lol", "top",
        "👍", "oke!", "ja joh",
    ],
    "thanks": [
        "dankjewel!!", "dankjewel echt", "thx", "bedankt", "dankje", "heel erg bedankt",
        "thanks waardeer het", "je bent de beste, dankje", "merci!",
    ],
    "photo_share_benign": [
        "kijk deze zonsondergang haha [photo]",
        "mijn hond doet weer raar [photo]",
        "dit was ons eten vandaag 😂",
        "nieuw kapsel, wat vind je?",
        "uitzicht vanuit de bus, zo mooi",
        "kijk mijn mislukte taart haha",
        "de kat heeft weer mijn plek gepikt",
        "hier is de foto van de wedstrijd gisteren",
        "mijn tosti is perfect gelukt [photo]",
    ],
    "meet_suggestion": [
        "we moeten een keer afspreken",
        "misschien later bellen?",
        "zin om een keer te facetimen?",
        "zou leuk zijn om elkaar een keer te zien",
        "als je ooit in {city} bent laat ff weten",
        "zullen we vanavond {game} spelen samen?",
        "bel me een keer? vind het leuk om met je te praten",
        "een keer samen friet halen?",
    ],
    "flattery": [
        "je bent echt zo mooi",
        "je hebt de schattigste lach ooit",
        "je bent anders dan andere mensen hier, op een goeie manier",
        "ngl je bent echt knap",
        "je bent zo grappig omg",
        "hoe ben je eigenlijk echt, je bent perfect",
        "iedereen mag blij zijn dat die met jou mag praten",
        "je ziet er echt goed uit op je foto's fr",
        "je bent letterlijk mijn type",
        "ik kan de hele dag met je praten",
        "je bent veel mooier dan de meiden op mijn school",
        "wollah je bent echt een knappe jongen",
        "de meiden op jouw school zijn vast allemaal gek op je",
    ],
    "mature_for_age": [
        "je bent zo volwassen voor je leeftijd",
        "je doet helemaal niet kinderachtig, vind ik fijn",
        "je bent niet zoals anderen van jouw leeftijd, je bent slimmer",
        "ik heb het gevoel dat jij mij beter snapt dan mensen van mijn leeftijd",
        "je bent echt volwassen voor {age} eerlijk",
        "je lijkt veel ouder dan je bent",
        "de meeste mensen van jouw leeftijd zijn zo kinderachtig maar jij niet",
        "jij snapt dingen, dat is zeldzaam",
    ],
    "flattered_reply": [
        "aw dankje", "haha stop", "omg lief", "haha thx {emoji}", "nee jij bent schattig",
        "lief van je", "haha je kent me niet eens", "ik word er rood van haha",
        "awww", "stopp 😳",
    ],
    "secrecy_request": [
        "zeg niet tegen anderen dat we praten oké? ze zouden het niet snappen",
        "laten we dit tussen ons houden",
        "je ouders hoeven niks van mij te weten haha",
        "dit is ons geheimpje oké?",
        "verwijder onze chats daarna, voor de zekerheid",
        "zeg niks over mij tegen {friend_name}, die wordt jaloers",
        "beloof dat je niemand over ons vertelt",
        "mensen zouden het verkeerd opvatten, dus hou het voor jezelf",
        "het is beter als niemand weet dat we praten",
    ],
    "gift_promise": [
        "ik kan een {giftcard} kaart voor je halen als je wil",
        "wil je robux? ik heb er veel te veel",
        "ik koop die {game_item} voor je die je wilde",
        "ik kan je wat geld sturen voor je verjaardag, zeg maar je {payapp}",
        "ik wil je iets leuks geven, wat is je maat?",
        "ik zet wat op je {game} account, geen probleem",
        "als je met me blijft praten stuur ik je elke week een cadeautje haha",
        "ik heb een verrassing voor je, je moet alleen lief voor me zijn",
        "jij verdient mooie dingen, laat mij je verwennen",
    ],
    "ask_alone": [
        "zijn je ouders thuis?", "ben je alleen nu?", "is er iemand bij je",
        "checken je ouders je telefoon?", "waar zijn je ouders vanavond",
        "kan je praten zonder dat iemand meekijkt?", "zit je op je kamer?", "leest je moeder je berichten?",
    ],
    "platform_move": [
        "voeg me toe op {app}, ik gebruik dit bijna nooit",
        "heb je {app}? de mijne is {handle}",
        "laten we op {app} praten dat is makkelijker",
        "wat is je {app}?",
        "stuur me wat op {app}, {handle}",
        "kunnen we naar {app}? ik check dit nooit",
        "app me liever op {app}",
        "download {app} en voeg me toe",
        "zit je op {app}? beter daar",
        "mijn nummer is {phone}, app me daar",
    ],
    "platform_move_excuse": [
        "deze app is zo buggy, kom naar {app}",
        "laten we naar {app} gaan, is meer privé",
        "{app} verwijdert berichten dus is veiliger daar",
        "mijn moeder checkt deze app, voeg me toe op {app}",
        "deze app logt me steeds uit, {app}?",
        "ik word hier voor niks geband, kom naar {app}",
        "{app} is beter om te bellen, voeg {handle} toe",
        "meldingen werken hier niet, ga naar {app}",
        "laten we op {app} praten zodat niemand het ziet",
    ],
    "target_gives_handle": [
        "oké het is {handle}", "is goed toegevoegd", "oké verzoek gestuurd", "de mijne is {handle}",
        "gedaan", "oké ik heb je toegevoegd op {app}", "ik gebruik {app} niet echt maar oké",
        "gestuurd", "oké hoe heette je daar ook alweer",
    ],
    "flirt_escalation": [
        "ik denk dat ik je echt leuk begin te vinden",
        "ik kan echt niet stoppen met aan je denken",
        "jij bent de enige met wie ik nog praat",
        "ik wou dat je hier was nu",
        "ik denk dat we iets speciaals hebben",
        "je bent nu van mij oké? 😏",
        "ik vind je leuker dan ik zou moeten haha",
        "je maakt me zo blij, weet je dat?",
        "ik heb dit nog nooit gevoeld voor iemand online",
    ],
    "modeling_offer": [
        "jij zou echt model kunnen zijn, ik werk met een bureau",
        "heb je ooit aan modellenwerk gedacht? je gezicht is perfect",
        "ik ben fotograaf, ik scout nieuwe gezichten voor merken",
        "mijn bureau zoekt precies mensen zoals jij, betaalde shoots",
        "jij hebt de look die merken nu willen, echt waar",
        "ik kan je een contract regelen, heb al veel meiden geholpen",
        "je foto's zijn zo goed, je moet dit professioneel doen",
        "we betalen {amount} per shoot, je bent perfect",
        "ik doe castings voor een kledingmerk in {city}, iets voor jou?",
    ],
    "modeling_pics_request": [
        "stuur me wat privéfoto's voor je portfolio, gewoon tussen ons",
        "ik heb foto's nodig waar meer van jou op staat voor het bureau",
        "de klant wil eerst een privévideo, dat is normaal in dit werk",
        "stuur wat foto's zonder filter, alleen ik zie ze",
        "voor de casting heb ik persoonlijke foto's nodig, niet die van je insta",
        "maak vanavond wat foto's op je kamer en stuur ze hier",
        "het bureau wil eerst een privéreeks voordat ze je tekenen",
        "stuur nou gewoon de foto's voor het boek, het bureau wacht",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"nl: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, nl_sx.SLOTS, nl_scam.SLOTS, nl_benign.SLOTS, nl_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["daan", "sem", "lucas", "milan", "levi", "finn", "noah", "luuk", "bram", "jesse",
                    "emma", "julia", "mila", "sophie", "tess", "zoë", "sara", "lotte", "fleur", "noor",
                    "mohammed", "yara", "amira", "rayan", "lars", "jens", "ilias", "fien"],
    "relatives": ["je moeder", "je vader", "je ouders", "je zus", "je broer", "je oma",
                  "je hele familie", "je tante", "je ma"],
    "cities": ["amsterdam", "rotterdam", "utrecht", "den haag", "eindhoven", "groningen", "tilburg",
               "almere", "breda", "antwerpen", "gent", "brugge", "leuven", "hasselt"],
    "schools": ["het stedelijk lyceum", "het erasmus college", "het montessori lyceum", "het da vinci college",
                "het sint-jozefcollege", "het atheneum", "het christelijk lyceum", "de vrije school",
                "het koninklijk atheneum", "de nieuwe havo"],
    "apps": ["snap", "snapchat", "telegram", "whatsapp", "insta", "discord", "signal", "wa", "tiktok"],
    "handle_words": ["noor", "xo", "itz", "real", "lil", "daan", "skyy", "vibes", "made_up", "nova",
                     "ace", "tess", "boy", "meisje", "official", "gg"],
    "phone_formats": ["06 5550 01##", "+31 6 5550 01##", "06-555501##", "+32 470 55 50 ##"],
    "iban_formats": ["NL00 NEPB 0000 5555 ##", "NL00 0000 5555 0000 ##", "BE00 5555 0000 ####"],
    "giftcards": ["paysafecard", "bol.com", "steam", "apple", "google play", "amazon", "psn", "xbox",
                  "itunes", "razer gold"],
    "payapps": ["tikkie", "ideal", "paypal", "revolut", "bunq", "payconiq", "wero", "apple pay",
                "western union"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "crypto", "litecoin"],
    "currency_formats": ["€{n}", "€{n}", "€ {n}", "{n} euro", "{n}€", "{n} eur", "{n} euro",
                         "{n},-"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "70"],
    "amounts_scam": ["950", "1200", "1350", "1500", "1800", "2000", "2500"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48"],
    "minutes": ["5", "10", "15", "20", "30", "45"],
    "deadlines": ["voor middernacht", "voor vanavond", "voor 22:00", "voor school morgen",
                  "voor vrijdag", "voor het einde van de dag", "voor morgenochtend", "binnen een uur"],
    "days": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "times": ["18:00", "19 uur", "20:00", "half 8", "21:30", "22 uur", "12 uur", "16:00"],
    "items": ["fiets", "ps5", "iphone 12", "bureau", "bank", "gitaar", "sneakers", "jas", "airpods",
              "lego set", "kinderwagen", "step", "schoolboeken"],
    "games": ["fortnite", "roblox", "minecraft", "valorant", "fifa", "brawl stars", "cs2", "lol"],
    "game_items": ["skin", "zeldzame skin", "account", "mes skin", "battle pass", "v-bucks pakket",
                   "limited item", "pet"],
    "subjects": ["wiskunde", "bio", "scheikunde", "nederlands", "engels", "geschiedenis",
                 "natuurkunde", "aardrijkskunde", "frans"],
    "hobbies": ["voetbal", "gamen", "dansen", "tekenen", "hockey", "paardrijden", "turnen", "muziek",
                "anime", "basketbal"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "niet": ["nie", "ni"], "even": ["ff", "effe"], "alsjeblieft": ["aub", "pls", "alsjeblieftt"],
    "misschien": ["mss", "miss"], "weet ik niet": ["weet nie", "wn", "idk"], "echt": ["egt", "echtt"],
    "gewoon": ["gwn", "gewn"], "trouwens": ["btw", "trw"], "natuurlijk": ["tuurlijk", "natuurlijk"],
    "ik heb": ["k heb", "'k heb"], "ik ben": ["k ben", "'k ben"], "wat": ["wa"], "dankjewel": ["dankje", "thx"],
    "hou van je": ["hvj", "hou van jou"], "serieus": ["srs", "serieuss"], "inderdaad": ["idd"],
    "ongeveer": ["ong"], "oké": ["oke", "oki", "okee"], "hoezo": ["hoezoo", "hoezo?"],
    "berichtje": ["berichtjee", "bericht"], "sorry": ["sry", "sorryy"],
    "zeker": ["zkr", "zeker weten"], "wollah": ["wallah", "wlh"],
}
