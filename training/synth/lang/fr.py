"""French lexicon: contact, small talk and grooming phrasings plus the French fillers.

Extortion phrasings live in :mod:`.fr_sx`, scams in :mod:`.fr_scam`, benign hard negatives in
:mod:`.fr_benign`. Written the way teenagers, scammers, parents and counsellors write in France
and French-speaking Belgium (jsp, tkt, wsh, mdr, gsm, à tantôt), not translated from English.

Filler forms: ``{relative}`` carries its possessive ("ta mère", "tes parents") and fits after
"à"; ``{hobby}`` carries its article ("le foot"); ``{school}`` is a bare name ("jean-moulin")
used after "à"/"de"; ``{item}`` is a bare noun, so phrasings use it without an article
(annonce « {item} », "{item} toujours dispo ?"). Append new phrasings at the end of a list
(template ids are list positions).
"""

from __future__ import annotations

from . import fr_benign, fr_fraud, fr_scam, fr_sx

LANG = "fr"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "coucou, t'es apparue dans mes suggestions, t'as l'air cool",
        "slt | tu m'es apparu sur l'explorer mdr",
        "hey on se connaît ? tu me sors dans les suggestions",
        "wsh, désolé c'est random mais ton profil m'est apparu",
        "salut 👋 je suis nouveau ici, je passe dire bonjour",
        "cc | t'es de {city} ? ton compte me sort tout le temps",
        "bonsoir, ta tête me dit qqch, t'es à {school} ?",
        "hey j'ai vu ta vidéo sur le pour toi, trop drôle",
        "coucou tu m'as follow back je crois ? bref salut {emoji}",
        "salut l'inconnu(e) 😊 ça te dérange si on parle ?",
        "slt c'est bien {name} ? ton nom est sorti dans 'vous connaissez peut-être'",
        "hello, je tombe sur ton profil par hasard, je dis bonjour",
    ],
    "mutual_friend_opener": [
        "wsh t'es pote avec {friend_name} non ? il m'a dit que t'étais cool",
        "coucou ! on a genre 30 amis en commun mdr donc je me suis dit je t'écris",
        "salut {friend_name} m'a parlé de toi, j'espère que ça te dérange pas que je t'ajoute",
        "hey | on a des potes en commun, on s'est pas vus à une soirée ?",
        "slt je connais {friend_name} de {school}, toi aussi nn ?",
        "cc je t'ai vue sur les photos de {friend_name}, je me suis dit je passe dire bjr",
        "bonjour, tu connais {friend_name} ? il me suit aussi",
        "hey | tant d'amis en commun et on s'est jamais parlé ptdr",
        "salut, c'est {friend_name} qui m'a passé ton snap, t'inquiète",
        "yo on était dans le même groupe au camp d'été avec {friend_name} nn ?",
    ],
    "compliment_opener": [
        "slt dsl de déranger mais t'es vraiment trop belle",
        "omg | t'es trop mignonne, fallait que je t'écrive",
        "coucou, je voulais juste dire que ton sourire est incroyable {emoji_flirt}",
        "jvais pas mentir t'es la plus belle de mon fil d'actu",
        "hey la belle, j'ai vu ton profil je pouvais pas rien dire",
        "t'as trop une bonne vibe sur tes photos, salut 😊",
        "wsh | t'es un peu parfaite nn ?? t'es qui mdr",
        "bonsoir ma belle, désolé pour le message random",
        "tes yeux c'est une dinguerie, fallait que je t'écrive {emoji_flirt}",
        "salut bg, t'as trop de style sur tes posts",
    ],
    "who_is_this": [
        "t'es qui ?", "euh on se connaît ?", "cc.. c qui", "dsl t'es qui", "tu m'as trouvée comment",
        "attends on se connaît en vrai ?", "slt ? tu connais {friend_name} comment", "qui c mdr",
        "t'es pas dans mes contacts, c'est qui", "wsh t'es qui toi",
    ],
    "reply_neutral": [
        "slt", "cc", "coucou", "salut ça va ?", "hey :)", "wsh", "bonsoir", "cc cv ?",
        "heyy {emoji}", "yo", "salut",
    ],
    "intro_self": [
        "moi c'est {my_name} au fait, j'habite à {city}",
        "{my_name} mdr, je viens d'emménager à {city}",
        "je m'appelle {my_name}, je suis au lycée vers {city}",
        "c'est {my_name}, je suis à fond dans {hobby}",
        "je suis {my_name} ! nouveau compte, l'ancien s'est fait pirater",
        "dsl jme suis pas présenté, {my_name}, un pote de {friend_name}",
        "moi c {my_name} | j'habite pas loin de toi je crois",
        "{my_name}, je kiffe {hobby} et c'est à peu près tout mdr",
        "jsuis {my_name}, je suis de {city}, et toi ?",
    ],
    "claim_same_age": [
        "j'ai {my_age} ans aussi mdr",
        "on doit avoir le même âge, j'ai {my_age}",
        "moi j'ai {my_age} et toi ?",
        "ah j'ai {my_age} donc on a quasi le même âge",
        "je crois qu'on est en même classe d'âge, {my_age} ans",
        "tkt j'ai {my_age}, pas beaucoup plus vieux",
        "{my_age} ici mdr, pareil que toi quasi",
        "j'ai {my_age} t'inquiète je suis pas un vieux chelou",
        "moi {my_age} ans, on est de la même génération",
    ],
    "ask_age": [
        "t'as quel âge ?", "tu as quel âge au fait", "t'as quel âge sans indiscrétion",
        "âge ?", "t'es en quelle classe ?", "tu dois avoir 15 ans non ?",
        "t'as quel âge toi", "t'es en 3e ou au lycée ?", "on a le même âge nn ?",
    ],
    "target_age_reveal": [
        "j'ai {age} ans", "{age} et toi", "{age} mdr", "je viens d'avoir {age} ans",
        "{age}, bientôt {age_next}", "j'ai {age} pourquoi", "{age}. pk", "j'ai que {age} ans mdr",
        "{age} ans, je suis en seconde",
    ],
    "shared_interest": [
        "nan tu joues à {game} aussi ?? faut qu'on fasse une partie",
        "trop bien moi aussi j'adore {hobby}",
        "attends tu kiffes {hobby} ? mais pareil",
        "t'es sur {game} ? moi j'y suis h24 mdr",
        "on a trop de trucs en commun c'est ouf",
        "j'écoute les mêmes sons que toi, ta playlist est trop lourde",
        "pareil !! {hobby} tous les week-ends pour moi",
        "enfin qqn qui comprend, {game} c'est la vie",
        "{hobby} ?? ok t'es officiellement validée",
    ],
    "smalltalk_question": [
        "tu fais quoi", "c'était comment les cours ?", "tfq là", "ta journée ça va ?",
        "tu fais quoi ce week-end ?", "t'as mangé ?", "tu regardes quoi en ce moment ?",
        "ça va à {city} ?", "tu vas au truc {day} ?", "quoi de neuf",
        "t'as fini tes devoirs ?",
    ],
    "smalltalk_answer": [
        "rien de spécial je chill", "les cours étaient trop chiants jpp", "je viens de rentrer",
        "je regarde netflix mdr", "devoirs là, la galère", "pas grand chose et toi ?",
        "je mange", "ça va tranquille", "crevé(e) mdr", "à l'entraînement, je te réponds après",
        "je promène le chien", "dans mon lit à scroller ptdr",
    ],
    "ack_short": [
        "ok", "oké", "d'acc", "dac", "mdr", "ptdr", "ouais", "vas-y", "ça marche", "oki", "grave",
        "👍", "ok !", "tkt",
    ],
    "thanks": [
        "merciii", "merci beaucoup", "mrc", "merci t'es un amour", "merci vraiment",
        "merci c'est gentil", "t'es le/la meilleur(e) merci", "thx", "merci bcp",
    ],
    "photo_share_benign": [
        "regarde ce coucher de soleil [photo]",
        "mon chien est encore chelou [photo]",
        "ce qu'on a eu à la cantine ce midi 😂",
        "nouvelle coupe, t'en penses quoi ?",
        "la vue depuis le bus, trop beau",
        "regarde mon gâteau raté ptdr",
        "le chat m'a encore piqué ma place",
        "la photo du match d'hier",
        "mon goûter de champion [photo]",
    ],
    "meet_suggestion": [
        "faudrait qu'on se voie un jour",
        "on s'appelle plus tard ?",
        "ça te dit un facetime un de ces quatre ?",
        "ce serait cool de se rencontrer un jour",
        "si tu passes à {city} dis-moi",
        "on se fait une partie de {game} ce soir ?",
        "appelle-moi quand tu veux, j'aime bien te parler",
        "un jour on ira manger un grec ensemble",
    ],
    "flattery": [
        "t'es vraiment trop belle",
        "t'as le plus beau sourire du monde",
        "t'es pas comme les autres ici, dans le bon sens",
        "jvais pas mentir t'es grave attirante",
        "t'es trop drôle jpp",
        "comment t'es aussi parfaite sérieux",
        "n'importe qui aurait de la chance de te parler",
        "t'es magnifique sur tes photos franchement",
        "t'es exactement mon style",
        "je pourrais te parler toute la journée",
        "t'es bien plus belle que les filles de mon lycée",
        "t'es trop beau gosse pour ton âge",
        "les filles de ton bahut doivent être folles de toi",
    ],
    "mature_for_age": [
        "t'es trop mature pour ton âge",
        "tu fais pas du tout gamine, j'aime bien",
        "t'es pas comme les autres de ton âge, t'es plus intelligente",
        "j'ai l'impression que tu me comprends mieux que les gens de mon âge",
        "franchement t'as pas {age} ans dans ta tête",
        "tu fais bien plus vieille que ton âge",
        "les gens de ton âge sont trop immatures mais pas toi",
        "tu captes les choses, c'est rare",
        "on dirait pas du tout que t'as {age} ans",
    ],
    "flattered_reply": [
        "ohh merci", "mdr arrête", "omg t'es chou", "haha merci {emoji}", "nn c'est toi",
        "c'est gentil", "mdr tu me connais même pas", "tu me fais rougir là",
        "ooh", "arrêteee 😳",
    ],
    "secrecy_request": [
        "dis à personne qu'on se parle ok ? ils comprendraient pas",
        "ça reste entre nous",
        "tes parents ont pas besoin de savoir pour moi mdr",
        "c'est notre secret d'acc ?",
        "supprime nos messages après, au cas où",
        "parle pas de moi à {friend_name}, elle est jalouse",
        "promets-moi que tu diras rien à personne sur nous",
        "les gens se feraient des films, donc garde ça pour toi",
        "c'est mieux si personne sait qu'on se parle",
    ],
    "gift_promise": [
        "je peux te prendre une carte {giftcard} si tu veux",
        "tu veux des v-bucks ? j'en ai trop",
        "je t'achète le {game_item} que tu voulais",
        "je peux t'envoyer des sous pour ton anniv, dis-moi juste ton {payapp}",
        "je veux t'offrir un truc sympa, tu fais quelle taille ?",
        "je te recharge ton compte {game} tkt",
        "si tu continues à me parler je t'envoie un cadeau chaque semaine mdr",
        "j'ai une surprise pour toi, faut juste être gentille avec moi",
        "tu mérites qu'on te gâte, laisse-moi faire",
    ],
    "ask_alone": [
        "tes parents sont là ?", "t'es seule là ?", "y a qqn avec toi ?",
        "tes parents regardent ton tel ?", "ils sont où tes parents ce soir",
        "tu peux parler sans que personne voie ?", "t'es dans ta chambre ?",
        "ta mère lit tes messages ?",
    ],
    "platform_move": [
        "ajoute-moi sur {app}, je vais jamais ici",
        "t'as {app} ? moi c'est {handle}",
        "on parle sur {app} c'est plus simple",
        "c'est quoi ton {app} ?",
        "viens sur {app}, {handle}",
        "on peut passer sur {app} ? je check jamais ici",
        "écris-moi sur {app} plutôt",
        "télécharge {app} et ajoute-moi",
        "t'es sur {app} ? c'est mieux là-bas",
        "mon num c'est le {phone}, écris-moi là",
    ],
    "platform_move_excuse": [
        "cette appli bug trop, viens sur {app}",
        "allons sur {app}, c'est plus privé",
        "sur {app} les messages s'effacent, c'est plus safe",
        "ma mère check cette appli, ajoute-moi sur {app}",
        "ça arrête pas de me déconnecter ici, {app} ?",
        "je vais me faire ban ici pour rien, passe sur {app}",
        "{app} c'est mieux pour s'appeler, ajoute {handle}",
        "les notifs marchent pas ici, viens sur {app}",
        "on parle sur {app} comme ça personne voit",
    ],
    "target_gives_handle": [
        "ok c'est {handle}", "vas-y je t'ai ajouté", "ok je t'ai envoyé une demande", "moi c'est {handle}",
        "c'est fait", "ok je t'ai ajouté sur {app}", "j'utilise pas trop {app} mais ok",
        "envoyé", "ok c'était quoi ton pseudo là-bas",
    ],
    "flirt_escalation": [
        "je crois que je commence à t'apprécier grave",
        "j'arrête pas de penser à toi en vrai",
        "t'es la seule personne à qui je parle maintenant",
        "j'aimerais trop que tu sois là",
        "je crois qu'il y a un truc entre nous",
        "t'es à moi maintenant ok ? 😏",
        "je t'aime bien plus que je devrais mdr",
        "tu me rends trop heureux, tu le sais ça ?",
        "j'ai jamais ressenti ça pour qqn en ligne",
    ],
    "modeling_offer": [
        "tu pourrais être mannequin, je bosse avec une agence",
        "t'as déjà pensé au mannequinat ? t'as le visage parfait",
        "je suis photographe, je repère des nouveaux visages pour des marques",
        "mon agence cherche des profils exactement comme le tien, shootings payés",
        "t'as le look que les marques veulent en ce moment, sans rire",
        "je peux te décrocher un contrat, j'ai lancé plein de filles",
        "tes photos sont trop belles, tu devrais faire ça en pro",
        "on paye {amount} le shooting, t'es parfaite pour ça",
        "je fais du casting pour une marque de vêtements à {city}, ça te dirait ?",
    ],
    "modeling_pics_request": [
        "envoie-moi quelques photos privées pour le book, juste entre nous",
        "il me faut des photos où on te voit plus pour l'agence",
        "le client veut une vidéo privée d'abord, c'est normal dans le milieu",
        "envoie des photos sans filtre, y a que moi qui les verrai",
        "pour le casting il me faut des photos perso, pas celles de ton insta",
        "fais quelques photos dans ta chambre ce soir et envoie-les ici",
        "l'agence veut une série privée avant de te signer",
        "envoie juste les photos pour le book, l'agence attend",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"fr: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, fr_sx.SLOTS, fr_scam.SLOTS, fr_benign.SLOTS, fr_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["lucas", "hugo", "enzo", "nathan", "louis", "léo", "gabriel", "théo", "adam", "noah",
                    "emma", "jade", "louise", "chloé", "léa", "manon", "inès", "camille", "lina", "sarah",
                    "yanis", "rayan", "mathis", "maël", "zoé", "lou", "yasmine", "kylian"],
    "relatives": ["ta mère", "ton père", "tes parents", "ta sœur", "ton frère", "ta tante",
                  "ta grand-mère", "toute ta famille", "ta daronne"],
    "cities": ["paris", "lyon", "marseille", "lille", "toulouse", "nantes", "bordeaux", "bruxelles",
               "liège", "charleroi", "rennes", "strasbourg", "montpellier", "namur"],
    "schools": ["jean-moulin", "victor-hugo", "pasteur", "jules-ferry", "saint-joseph", "marie-curie",
                "jacques-prévert", "sainte-marie", "saint-louis", "pablo-picasso"],
    "apps": ["snap", "snapchat", "telegram", "whatsapp", "insta", "discord", "signal", "wtsp", "tiktok"],
    "handle_words": ["lea", "xo", "itz", "real", "lil", "enzo", "skyy", "vibes", "made_up", "nova",
                     "off", "bb", "tkt", "zz", "officiel", "lou"],
    "phone_formats": ["06 39 98 ## ##", "+33 6 39 98 ## ##", "0639 98 ## ##", "06 39 98 0# ##"],
    "iban_formats": ["FR00 5555 0000 0000 0000 0000 ###", "FR00 0000 5555 0000 ####",
                     "BE00 5555 0000 ####"],
    "giftcards": ["pcs", "transcash", "neosurf", "paysafecard", "steam", "apple", "google play",
                  "amazon", "psn", "toneo"],
    "payapps": ["lydia", "paylib", "paypal", "wero", "revolut", "western union", "payconiq",
                "apple pay", "sumeria"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "crypto", "litecoin"],
    "currency_formats": ["{n}€", "{n}€", "{n} €", "{n} euros", "{n} eur", "{n} balles", "{n} euros",
                         "{n}e"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "70"],
    "amounts_scam": ["950", "1200", "1350", "1500", "1800", "2000", "2500"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48"],
    "minutes": ["5", "10", "15", "20", "30", "45"],
    "deadlines": ["avant minuit", "avant ce soir", "d'ici 22h", "avant les cours demain",
                  "avant vendredi", "d'ici la fin de la journée", "avant demain matin", "dans l'heure"],
    "days": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "times": ["18h", "19h", "20h", "19h30", "21h30", "22h", "midi", "17h"],
    "items": ["vélo", "ps5", "iphone 12", "bureau", "canapé", "guitare", "baskets", "veste",
              "airpods", "lego", "poussette", "trottinette", "manuels de seconde"],
    "games": ["fortnite", "roblox", "minecraft", "valo", "fifa", "brawl stars", "cod", "lol"],
    "game_items": ["skin", "skin rare", "compte", "skin couteau", "passe de combat", "pack de v-bucks",
                   "bundle limité", "pet"],
    "subjects": ["maths", "svt", "physique-chimie", "français", "anglais", "histoire-géo", "espagnol",
                 "philo"],
    "hobbies": ["le foot", "la danse", "le dessin", "les jeux vidéo", "le basket", "la musique",
                "les mangas", "le skate", "le volley", "l'équitation"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "je sais pas": ["jsp", "chai pas", "jsais pas"], "s'il te plaît": ["stp", "stpp", "steuplé"],
    "s'il vous plaît": ["svp"], "pourquoi": ["pk", "pq", "pourkoi"], "beaucoup": ["bcp"],
    "aujourd'hui": ["ajd", "auj"], "tout le monde": ["tlm"], "quelqu'un": ["qqn"],
    "quelque chose": ["qqch", "qqc"], "maintenant": ["mtn", "mnt"], "je suis": ["jsuis", "chui", "jsui"],
    "d'accord": ["dac", "d'acc"], "vraiment": ["vrmt", "vrm"], "toujours": ["tjrs", "tjr"],
    "comment": ["cmt", "cmment"], "t'inquiète": ["tkt", "t'inquiètes"], "c'est": ["c", "cé"],
    "désolé": ["dsl", "dézolé"], "salut": ["slt", "cc"], "bonjour": ["bjr"], "quoi": ["koi", "kwa"],
    "merci": ["mrc", "mercii"], "ça va": ["cv", "sava"], "il y a": ["y a", "ya"],
    "en vrai": ["en vrai", "envrai"], "je t'aime": ["jtm"], "demain": ["dmn", "dem1"],
    "message": ["msg"], "franchement": ["frchment", "franchment"], "photos": ["fotos"],
}
