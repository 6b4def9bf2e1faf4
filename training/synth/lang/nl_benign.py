"""Dutch lexicon, part 4: benign hard negatives that share the positives' vocabulary.

Merged into ``lang/nl.py``. Couples flirt, friends pay each other back with a Tikkie by a
deadline, Marktplaats/2dehands sellers send item photos, gamers trade gift cards, siblings threaten
to show baby photos, victims tell a friend or a helpline (Helpwanted, Kindertelefoon, Child Focus)
what happens to them. ``{item}`` is a bare noun, used after "je"/"jouw".
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "partner_greeting": [
        "goedemorgen schat", "hey lieverd", "hoi knapperd", "heyy mooie {emoji_flirt}", "goeiemorgen zonnetje",
        "hey jij", "morgen liefje", "hoii schat goed geslapen?",
    ],
    "partner_affection": [
        "ik mis je zo", "hou van je", "kan niet wachten om je vanavond te zien", "jij bent het beste wat me is overkomen",
        "zat net aan je te denken {emoji_flirt}", "hou meer van jou", "tel de uren tot je thuis bent",
        "jij maakt elke dag beter", "ugh ik mis je gezicht", "hvj schat",
    ],
    "partner_flirt": [
        "je zag er zo goed uit vanochtend 😏", "kom je vroeg naar huis? 😉", "doe niet zo schattig",
        "dat shirt staat je echt goed", "jij bent echt een probleem weet je dat", "wou dat je nu naast me lag, is zo koud",
        "je bent me nog een kus schuldig", "ik boft echt", "leid me niet af op werk haha",
    ],
    "partner_pic_request": [
        "stuur je een foto van jezelf? mis je", "fotootje? 😏", "stuur me iets om deze vergadering door te komen",
        "laat je nieuwe outfit eens zien?", "heb je straks een foto voor me? 😉", "stuur een schattige foto, heb het nodig",
        "je moet me vanavond een foto sturen {emoji_flirt}", "foto voor je favoriete persoon?",
    ],
    "partner_sends_pic": [
        "alleen voor jou 😘 [photo]", "alsjeblieft ;) [photo]", "heb er een gestuurd, niet op je werk openen haha",
        "check je telefoon 😏", "[photo] blij nu?", "alleen voor jouw ogen schat",
        "zo, kom nu maar naar huis", "vanochtend voor je gemaakt",
    ],
    "partner_plans": [
        "eten om 8?", "zin in een film vanavond", "ik neem onderweg eten mee",
        "gaan we zondag nog steeds naar je ouders", "moet ik nog iets van de ah meenemen?",
        "laten we dit weekend iets doen", "ik heb een tafel gereserveerd om {time}", "film of wandelen straks?",
        "tot straks, ik haal je op bij het station",
    ],
    "loan_ask": [
        "hey kan je me {debt} voorschieten tot {day}?", "kun je me {debt} lenen? zit krap deze week",
        "kan jij mijn kaartje betalen? ik betaal je terug", "kan ik {debt} van je lenen voor het concert",
        "ben mijn pinpas vergeten, kan jij betalen en stuur ik het later",
        "mag ik {debt} lenen voor benzine?", "help je me ff? heb {debt} nodig tot mijn salaris",
        "heb jij {debt} die ik kan lenen? ben skeer",
    ],
    "loan_reply": [
        "tuurlijk, gestuurd", "ja geen probleem", "oké maar ik heb het wel snel terug nodig", "ja natuurlijk",
        "ik kan {debt} doen", "oké ik stuur het via {payapp}", "prima maar vergeet het deze keer niet haha",
        "ja joh betaal maar terug wanneer het uitkomt", "oké maar betaal wel terug, ben zelf ook blut",
    ],
    "repay_deadline": [
        "hey kan je die {debt} {deadline} terugsturen? heb het nodig voor de huur",
        "heb die {debt} voor {day} nodig anders kan ik mijn telefoonrekening niet betalen",
        "herinnering je bent me nog {debt} schuldig, stuur voor vanavond anders kom ik tekort voor de reis",
        "kan je me {deadline} terugbetalen? anders mis ik de aanbetaling voor het concert",
        "ik heb mijn {debt} voor {time} nodig, de huisbaas wil het vandaag",
        "stuur die {debt} {deadline} aub, anders kan ik de kaartjes niet kopen",
        "vergeet die {debt} niet! voor {day} anders wordt mijn pas geweigerd haha",
        "bro het is al 2 weken, {debt} voor vrijdag aub anders kan ik mijn deel van de reis niet betalen",
    ],
    "repay_done": [
        "{debt} gestuurd via {payapp}", "net terugbetaald, check je {payapp}",
        "gedaan! sorry dat het zo lang duurde", "overgemaakt, nogmaals bedankt",
        "betaald, met rente haha", "gestuurd, bedankt voor het wachten",
        "{debt} gestuurd, we staan quitte", "ik betaal je tikkie nu",
    ],
    "work_deadline": [
        "ik heb de slides voor 17:00 nodig anders verliezen we de klant",
        "het rapport moet {deadline} af, als het te laat is maakt de baas ons af",
        "kan je de factuur {deadline} sturen? anders betalen ze deze maand niet",
        "deadline is {time} vandaag, daarna sluit het systeem",
        "de klant wil de bestanden binnen {hours} uur anders gaat de deal niet door",
        "maak het rooster voor {day} af aub, anders weet niemand zijn diensten",
        "als de bestelling er om {time} niet in staat gaat hij pas volgende week mee",
        "lever je urenbriefje {deadline} in anders word je deze maand niet betaald",
    ],
    "work_reply": [
        "ben ermee bezig", "komt goed", "net gestuurd", "bijna klaar, 20 min", "oké prima",
        "mag ik tot {time}?", "klaar, check je mail", "sorry loop achter maar het komt eraan",
        "top, ontvangen",
    ],
    "market_opener": [
        "hoi, is je {item} nog beschikbaar?", "hallo, ik heb interesse in je {item}",
        "hey is dit nog te koop?", "hoi! zou je {price} willen voor je {item}?",
        "hallo, zag je advertentie op marktplaats, nog beschikbaar?", "hoi, is de prijs bespreekbaar?",
        "hallo, kan ik vandaag langskomen om je {item} te bekijken?", "hey zitten er krassen op je {item}?",
        "dag, staat jouw {item} nog op 2dehands?",
    ],
    "market_reply": [
        "ja nog beschikbaar", "tuurlijk, wanneer kan je ophalen?", "is in prima staat",
        "ik kan het verzenden via postnl als je de verzendkosten betaalt", "alleen ophalen sorry",
        "ben thuis na {time}", "oké tot dan", "top, adres is in {city}, stuur ik je zo",
        "heb het nog ja",
    ],
    "market_item_photo": [
        "hier nog meer foto's ervan [photo]", "[photo] dit is de kras waar ik het over had",
        "heb ook een foto van de doos gestuurd", "hier de achterkant [photo]", "foto's bij daglicht",
        "[photo] serienummer", "zo ziet het er nu uit", "hier een filmpje dat het werkt",
    ],
    "market_negotiate": [
        "zou je {price} doen?", "laagste wat ik kan doen is {price}", "{price} en ik haal vandaag op",
        "hmm {price} is te laag sorry", "deal voor {price}", "kan je {price} doen inclusief verzenden",
        "oké {price} laatste bod", "zullen we het verschil delen?",
    ],
    "market_payment": [
        "ik stuur nu {price} via {payapp}", "kan ik contant betalen bij ophalen?", "de {price} is overgemaakt via {payapp}",
        "stuur maar een tikkie, dan betaal ik meteen", "betaald! kan je hem op verkocht zetten",
        "ik betaal de helft nu en de helft bij ophalen", "betaling verstuurd, check je rekening", "is {payapp} oké voor jou?",
    ],
    "market_deadline": [
        "als je voor vanavond niet betaalt verkoop ik het aan de volgende",
        "iemand anders wil het ook, ik kan het vasthouden tot {time}",
        "ik heb de betaling {deadline} nodig anders zet ik het weer online",
        "ik kan het maar tot {day} voor je bewaren",
        "ophalen voor {time} anders gaat het naar de andere koper",
        "bod is {hours} uur geldig",
        "ik hou het {deadline} vast daarna wie het eerst komt",
        "graag binnen {hours} uur betalen, anders annuleer ik",
    ],
    "game_opener": [
        "yo trade jij je {game_item}?", "hey zag je post in de {game} trading server",
        "verkoop je nog die {game} {game_item}?", "hoi wil je traden? ik zoek een {game_item}",
        "hey ik ben die gast van de {game} discord over de trade",
        "ewa, hoeveel voor die {game_item}", "hey random maar is je {game} account te koop?",
        "hoi, interesse in je {game_item}",
    ],
    "game_trade_offer": [
        "ik geef je een {giftcard} kaart ervoor", "{amount_small} {giftcard} kaart voor je {game_item}?",
        "ik kan betalen met {giftcard} codes", "mijn {game_item} voor jouw {game_item}?",
        "{giftcard} cadeaukaart oké? ik heb geen {payapp}", "ik doe {amount_small} via {payapp}",
        "stuur jij eerst het item of ik eerst?", "twee {giftcard} kaarten en we zijn klaar",
    ],
    "game_code_send": [
        "code is {code}", "hier de {giftcard} code: {code}", "code gestuurd, check of hij werkt",
        "{code} is als het goed is {amount_small}", "[photo] code van de kaart", "oké ingewisseld? laat ff weten",
        "code gestuurd, nu het item", "hier: {code}",
    ],
    "game_deadline": [
        "aanbod geldt 1 uur, iemand anders wil het ook", "moet voor {time} traden, ga daarna offline",
        "als je niet binnen {minutes} min bevestigt trade ik met iemand anders",
        "vanavond traden of de deal gaat niet door", "ik ben maar online tot {time}",
        "snel, aanbod verloopt {deadline}", "beslis binnen {minutes} min aub",
        "moet vandaag, event eindigt morgen",
    ],
    "parent_checkin": [
        "ben je goed aangekomen?", "hoe is de reis lieverd", "bel me als je klaar bent",
        "ben je bij {friend_name}?", "heb je gegeten?", "hoe ging de toets?",
        "app even als je weggaat", "alles goed? je reageert niet",
    ],
    "kid_reply": [
        "ja ben er", "ja alles goed", "oké mam", "ja pap", "10 min geleden aangekomen", "ja prima",
        "ben bij {friend_name}", "ging wel goed denk ik", "ja heb gegeten haha", "omg ja het gaat goed",
    ],
    "parent_photo_request": [
        "stuur eens een foto van het hotel", "stuur een foto van jullie op het strand!",
        "laat je kamer eens zien", "stuur een foto als je er bent zodat ik weet dat je veilig bent",
        "maak ff een foto van de menukaart voor me", "stuur een foto van je outfit voor het gala!!",
        "kan je de foto van het huiswerkblad sturen", "oma wil een foto van jou in je nieuwe jas",
    ],
    "kid_sends_photo": [
        "[photo] hier", "hier de kamer haha", "oké [photo]", "dit zijn wij op het strand",
        "gestuurd", "hier is de menukaart", "het uitzicht is zo mooi [photo]", "hier, blij nu mam haha",
    ],
    "parent_deadline": [
        "om 10 uur thuis of een week geen telefoon", "wees om {time} thuis of je hebt huisarrest",
        "als je kamer vanavond niet opgeruimd is geen playstation", "huiswerk om 8 uur af anders geen feestje zaterdag",
        "je hebt 1 uur om thuis te komen, ik meen het", "als je de bus weer mist loop je maar",
        "om {time} thuis, geen minuut later", "bel me binnen 5 min terug of ik kom je halen",
    ],
    "sibling_tease_threat": [
        "ik laat mama je babyfoto's zien",
        "zeg dat nog een keer en ik post je babyfoto's op mijn story",
        "ik zeg tegen mama dat je stiekem weg bent geweest",
        "ik stuur je crush die video van jou terwijl je zingt haha",
        "kom nog één keer aan mijn oplader en ik laat iedereen je dagboek zien",
        "ik heb die foto van jou slapend met je mond open, test me niet",
        "ga zo door en papa hoort over het feestje",
        "ik vertel iedereen op school dat je nog met een knuffel slaapt",
        "nog één woord en de badfoto's van toen je 2 was gaan in de familieapp",
    ],
    "sibling_reply": [
        "dat durf je niet", "je bent zo irritant", "omg stop", "doe het en je bent dood haha",
        "boeiend", "ik haat je 😂", "MAMAAA", "haha je hebt niks op mij", "oké oké vrede",
    ],
    "classmate_opener": [
        "hey jij zit toch bij mij bij {subject}?", "hoi! ik ben nieuw, {friend_name} gaf me je naam",
        "hey het is {my_name} van {school}, we zaten vandaag naast elkaar", "hey jij bent toch van dat groepsproject?",
        "hoi sorry random, jij hebt toch {subject} bij meneer de vries", "hey! nieuwe hier haha, we hebben samen {subject}",
        "hey ik heb je nummer van de klassenlijst", "yo zit jij in het team van {school}?",
    ],
    "classmate_platform": [
        "voeg me toe op {app} voor de klassenapp", "we hebben een {app} groep voor {subject}, wil je erin?",
        "voeg me toe op {app}, {handle}", "wat is je {app}? makkelijker voor het project",
        "kom in onze {app} server, iedereen zit erin", "kan jij een {app} groep maken voor het project?",
        "ik voeg je toe aan de klassengroep op {app}", "heb je {app}? we delen daar aantekeningen",
    ],
    "homework_talk": [
        "heb je het huiswerk voor {subject} gedaan?", "welke bladzijde moesten we lezen", "ik snap vraag 4 echt niet",
        "kan je de aantekeningen van vandaag sturen", "de toets was zo moeilijk", "wie doet de powerpoint",
        "ik doe de inleiding als jij de conclusie doet", "meneer de vries is zo saai haha",
    ],
    "homework_deadline": [
        "moet {day} om middernacht ingeleverd anders krijgen we puntenaftrek", "we moeten het voor {time} inleveren anders een 1",
        "het werkstuk moet {deadline} af, te laat is een lager cijfer", "vanavond in magister zetten anders sluit het",
        "de docent zei geen uitstel, {deadline} of we hebben een onvoldoende", "verslag moet over {hours} uur af help",
        "als we het niet {deadline} af hebben moeten we nablijven", "deadline is {day} 9 uur, geen smoesjes zei ze",
    ],
}

SLOTS.update({
    "victim_tells_friend": [
        "ik moet je iets vertellen, ik ben zo bang",
        "iemand bedreigt me en ik weet niet wat ik moet doen",
        "beloof je dat je me niet veroordeelt? ik heb iets doms gedaan",
        "ik flip, een gast online heeft mijn foto's",
        "kan je praten? er is iets heel ergs gebeurd",
        "ik denk dat ik gechanteerd word",
        "ik kan het niet aan mijn ouders vertellen, help me alsjeblieft",
        "iemand die ik online heb leren kennen dreigt dingen naar iedereen te sturen",
    ],
    "victim_details": [
        "hij zegt dat hij de foto's naar iedereen stuurt als ik geen {amount} betaal",
        "nu wil hij geld en hij heeft mijn hele volgerslijst",
        "hij gaf me {hours} uur en ik ben zo bang",
        "ze willen {giftcard} kaarten en ik heb geen geld",
        "ik heb al {amount_small} betaald en hij wil meer",
        "hij blijft me berichten sturen en zegt dat hij het naar mijn ouders stuurt",
        "ik kan niet slapen, ik check steeds of hij het gepost heeft",
        "ik voel me zo dom, ik dacht dat hij even oud was",
        "hij heeft een groepsapp gemaakt met mijn vrienden erin en zei dat hij het daar zou posten",
    ],
    "friend_support": [
        "omg wat erg, het is niet jouw schuld", "hey adem even, ik ben er", "je bent niet dom, hij heeft je erin geluisd",
        "ik kom nu naar je toe", "oké we lossen dit samen op", "dat is zo eng, wat erg voor je",
        "je staat er niet alleen voor oké", "ik veroordeel je echt niet",
    ],
    "friend_advice": [
        "betaal hem niet, ze willen altijd meer", "blokkeer hem en rapporteer het account",
        "maak eerst screenshots van alles", "je moet het echt aan een volwassene vertellen",
        "vertel het je moeder, ze helpt je", "helpwanted is precies voor dit soort dingen",
        "doe aangifte bij de politie, wat hij doet is strafbaar", "stuur niks meer",
    ],
    "helpline_open": [
        "hoi, ik weet niet of ik hier goed zit maar iemand chanteert me",
        "hallo, ik heb hulp nodig, iemand online heeft foto's van mij",
        "hoi ik ben {age} en iemand bedreigt me",
        "ik ben bang, iemand die ik online heb ontmoet zegt dat hij mijn foto's gaat delen",
        "hallo?? alsjeblieft ik moet met iemand praten",
        "hoi ik denk dat ik slachtoffer ben van sextortion",
        "iemand vraagt geld anders post hij mijn foto's, wat moet ik doen",
        "hoi, ik ben echt bang en ik kan het niet aan mijn ouders vertellen",
    ],
    "counsellor_reply": [
        "hoi, fijn dat je ons een bericht stuurt. je hebt het goede gedaan.",
        "ik ben er en ik luister. je zit niet in de problemen.",
        "dat klinkt echt heel eng. we gaan hier samen naar kijken.",
        "dankjewel dat je het me vertelt. het is niet jouw schuld.",
        "goed dat je contact opneemt. neem je tijd.",
        "je kunt hier veilig praten. kun je me er iets meer over vertellen?",
        "dat moet heel stressvol zijn. je staat er niet alleen voor.",
        "oké. we gaan het stap voor stap doen.",
    ],
    "counsellor_advice": [
        "betaal alsjeblieft niet. betalen leidt meestal tot meer eisen.",
        "stop met reageren en verwijder de berichten niet, het is bewijs.",
        "je kunt het account melden in de app en aangifte doen bij de politie.",
        "is er een volwassene die je vertrouwt en die je het vandaag kunt vertellen?",
        "er zijn manieren om beelden offline te laten halen, ik kan je uitleggen hoe.",
        "blokkeer ze nadat je screenshots hebt gemaakt.",
        "jij hebt niks fout gedaan, de persoon die jou bedreigt wel.",
        "als je je nu niet veilig voelt, bel dan 112.",
    ],
})
