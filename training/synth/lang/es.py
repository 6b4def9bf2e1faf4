"""Spanish lexicon: contact, small talk and grooming phrasings plus the Spanish fillers.

Extortion phrasings live in :mod:`.es_sx`, scams in :mod:`.es_scam`, benign hard negatives in
:mod:`.es_benign`. Written as teenagers, scammers, parents and counsellors write in Spain (insti,
finde, Bizum, Wallapop, pavos), with some Latin-American forms (qué onda, celu, plata, OXXO,
Mercado Pago). Filler conventions, so that phrasings agree: ``{relative}`` is singular and takes no
preposition ("a {relative}"); ``{school}`` is masculine without article ("del {school}");
``{item}`` is masculine singular ("el {item}"); ``{game_item}`` goes after a possessive ("tu
{game_item}"); ``{hobby}`` is an infinitive ("me encanta {hobby}"); ``{time}`` carries its
article ("las 9"); ``{deadline}`` is an adverbial phrase ("esta noche"). Append new phrasings at
the end of a list (template ids are list positions).
"""

from __future__ import annotations

from . import es_benign, es_fraud, es_scam, es_sx

LANG = "es"

_CORE: dict[str, list[str]] = {
    "contact_opener": [
        "hola! me has salido en sugerencias y nada, quería saludarte",
        "holaa | te vi en explorar jaja",
        "ey q tal, me salías en personas que quizás conozcas",
        "hola perdona x escribir así de random, me salió tu perfil",
        "buenas! eres de {city}? me aparece tu cuenta todo el rato",
        "hey | nos conocemos? me sale tu perfil en recomendados",
        "holi, soy nuevo por aquí y me apareciste, q tal?",
        "qué onda, te encontré en los sugeridos jaja",
        "hola {name} no? me salió tu nombre en sugerencias",
        "ey, vas al {school}? me suena mucho tu cara",
        "hola 👋 vi tu historia en explorar y me hizo gracia",
        "hola, te seguí sin querer y ya que estamos te saludo xd",
    ],
    "mutual_friend_opener": [
        "hola! conoces a {friend_name} no? me ha hablado de ti",
        "hey tenemos como 30 amigos en común jaja así que te escribo",
        "holaa {friend_name} me pasó tu insta, espero que no te moleste",
        "ey | creo que coincidimos en una fiesta de {friend_name}?",
        "hola, conozco a {friend_name} del {school}, tú también no?",
        "te vi en las fotos de {friend_name} y dije pues le escribo",
        "hola, sigues a {friend_name} verdad? a mí también me sigue jaja",
        "buenas, me sales en amigos en común con {friend_name}, q tal?",
        "holaa | tantos amigos en común y nunca hemos hablado xd",
        "eres del grupo de {friend_name}? me dijo que te escribiera",
    ],
    "compliment_opener": [
        "hola perdona que te moleste pero eres guapísima de verdad",
        "ostras | qué guapa eres, tenía que decírtelo",
        "hola, solo quería decirte que tienes una sonrisa preciosa {emoji_flirt}",
        "no te conozco pero eres lo más bonito que me ha salido en el feed",
        "hola guapo, vi tu perfil y no podía no escribirte",
        "tus fotos tienen un rollo increíble, hola 😊",
        "ey | eres demasiado mona??",
        "hola preciosa, perdona el mensaje random",
        "qué ojazos tienes, en serio, tenía que escribirte {emoji_flirt}",
        "holaa, qué linda eres, de dónde eres?",
    ],
    "who_is_this": [
        "quién eres?", "perdona, te conozco?", "hola.. quién eres", "de qué me conoces?",
        "cómo me has encontrado", "nos conocemos en persona?", "hola? de qué conoces a {friend_name}",
        "quién eres jaja no te tengo agregado", "y tú eres...?", "mmm no me suenas, quién es?",
    ],
    "reply_neutral": [
        "hola", "holaa", "ey q tal", "hola :)", "buenas", "hola, todo bien?", "holi", "qué tal",
        "hey {emoji}", "qué onda", "ey",
    ],
    "intro_self": [
        "soy {my_name} por cierto, de {city}",
        "me llamo {my_name}, me acabo de mudar a {city}",
        "soy {my_name}, estudio cerca de {city}",
        "{my_name}, me encanta {hobby} jaja",
        "soy {my_name}! mi otra cuenta me la hackearon así que esta es nueva",
        "perdona, soy {my_name}, conozco a {friend_name}",
        "me llamo {my_name} | vivo cerca de ti creo",
        "soy {my_name}, de {city}, mi vida es {hobby} básicamente",
        "{my_name} jaja, vivo en {city} con mis padres",
    ],
    "claim_same_age": [
        "yo tb tengo {my_age} jaja",
        "tengo {my_age}, casi como tú",
        "yo {my_age}, y tú?",
        "jaja tengo {my_age}, somos de la misma edad",
        "creo que vamos al mismo curso, tengo {my_age}",
        "ah guay, yo tengo {my_age} así que no mucho más",
        "{my_age} aquí jaja, casi igual",
        "tengo {my_age} eh, tranqui que no soy ningún viejo jaja",
        "somos del mismo año creo, {my_age}",
    ],
    "ask_age": [
        "cuántos años tienes?", "cuántos años tienes x cierto", "y edad?", "edad?", "q edad tienes",
        "pareces de 16, cuántos tienes?", "en qué curso vas?", "eres de mi edad no?",
        "cuántos tienes si no es mucho preguntar", "de qué año eres?",
    ],
    "target_age_reveal": [
        "tengo {age}", "{age} y tú", "{age} jaja", "acabo de cumplir {age}", "{age}, casi {age_next}",
        "tengo {age}, x?", "{age}. por?", "solo tengo {age} jaja", "{age} añitos jaja",
    ],
    "shared_interest": [
        "no me digas que juegas a {game}?? tenemos que echar una",
        "a mí también me encanta {hobby}",
        "espera te gusta {hobby}? literal igual que yo",
        "juegas a {game}? estoy enganchadísimo",
        "tenemos mazo en común, es flipante",
        "escuchamos la misma música, tu playlist es top",
        "igual!! yo también, cada finde",
        "por fin alguien que lo entiende, me flipa {game}",
        "te mola {hobby}?? vale eres oficialmente guay",
        "neta te gusta {hobby}? qué chido, a mí también",
    ],
    "smalltalk_question": [
        "q haces", "qué tal el insti hoy?", "q tal el día", "qué haces este finde?", "has cenado ya?",
        "estás viendo alguna serie?", "q tal por {city}?", "vas a lo del {day}?", "qué cuentas",
        "cómo vas?", "q tal el cole?",
    ],
    "smalltalk_answer": [
        "nada aquí tirada", "el insti un rollo la verdad", "acabo de llegar a casa", "viendo netflix jaja",
        "haciendo deberes puaj", "nada y tú?", "cenando", "bien la verdad", "cansadísimo jaja",
        "en el entreno, luego hablamos", "paseando al perro", "en la cama mirando el móvil jaja",
        "aquí ahorita sin hacer nada",
    ],
    "ack_short": [
        "vale", "ok", "vale vale", "jaja", "jajaja", "xd", "guay", "sí", "dale", "ok perfe", "va",
        "👍", "vale!",
    ],
    "thanks": [
        "graciass", "muchas gracias", "gracias!!", "grax", "mil gracias", "gracias de verdad",
        "te lo agradezco mucho", "eres lo más, gracias", "thx",
    ],
    "photo_share_benign": [
        "mira qué atardecer [photo]",
        "mi perro haciendo el tonto otra vez [photo]",
        "esto es lo que nos han puesto de comer 😂",
        "me he cortado el pelo, q tal?",
        "las vistas desde el bus, qué bonito",
        "mirad mi bizcocho fail jaja",
        "el gato me ha vuelto a robar el sitio",
        "la foto del partido de ayer [photo]",
    ],
    "meet_suggestion": [
        "tenemos que quedar algún día",
        "hacemos una videollamada luego?",
        "te llamo un día?",
        "estaría guay conocernos en persona",
        "si vienes a {city} avísame",
        "echamos una a {game} esta noche?",
        "llámame cuando quieras, me gusta hablar contigo",
        "un día vamos a tomar algo",
    ],
    "flattery": [
        "eres guapísima de verdad",
        "tienes la sonrisa más bonita que he visto",
        "no eres como la gente de aquí, para bien",
        "no te voy a mentir, me pareces muy guapo",
        "eres graciosísima jajaja",
        "cómo puedes ser tan perfecta",
        "quien hable contigo tiene suerte",
        "sales increíble en todas tus fotos",
        "eres literal mi tipo",
        "podría estar hablando contigo todo el día",
        "eres mil veces más guapa que las de mi clase",
    ],
    "mature_for_age": [
        "eres muy madura para tu edad",
        "no pareces nada un crío, eso me gusta",
        "no eres como la gente de tu edad, eres más lista",
        "siento que me entiendes más que la gente de mi edad",
        "para tener {age} eres súper maduro",
        "pareces mucho mayor de lo que eres",
        "la mayoría de gente de tu edad es súper inmadura, tú no",
        "tú entiendes las cosas, eso no es normal",
    ],
    "flattered_reply": [
        "ay gracias", "jajaja calla", "qué mono", "jaja gracias {emoji}", "tú sí que eres guapo",
        "qué majo", "jaja si ni me conoces", "me estás sacando los colores jaja", "awww", "para ya 😳",
    ],
    "secrecy_request": [
        "no le digas a nadie que hablamos vale? no lo entenderían",
        "que esto quede entre nosotros",
        "tus padres no tienen por qué saber de mí jaja",
        "esto es nuestro secreto ok?",
        "borra los chats luego, por si acaso",
        "no le digas nada a {friend_name}, que se pone celoso",
        "prométeme que no vas a contar lo nuestro",
        "la gente se haría una idea rara, mejor que no lo sepa nadie",
        "mejor que nadie sepa que hablamos",
    ],
    "gift_promise": [
        "te puedo pillar una tarjeta de {giftcard} si quieres",
        "quieres paVos? tengo un montón",
        "te regalo lo que querías en {game}",
        "para tu cumple te puedo mandar dinero, pásame tu {payapp}",
        "te quiero regalar algo bonito, qué talla usas?",
        "te recargo la cuenta de {game}, tranqui",
        "si sigues hablando conmigo te mando un regalito cada semana jaja",
        "tengo una sorpresa para ti, solo tienes que portarte bien conmigo",
        "te mereces cosas bonitas, déjame mimarte",
    ],
    "ask_alone": [
        "están tus padres en casa?", "estás sola ahora?", "hay alguien contigo?",
        "tus padres te miran el móvil?", "dónde están tus padres esta noche",
        "puedes hablar sin que nadie te vea?", "estás en tu cuarto?", "tu madre te lee los mensajes?",
    ],
    "platform_move": [
        "agrégame a {app}, esto casi no lo uso",
        "tienes {app}? el mío es {handle}",
        "mejor hablamos por {app}, es más fácil",
        "cuál es tu {app}?",
        "háblame por {app}, {handle}",
        "nos pasamos a {app}? esto no lo miro nunca",
        "escríbeme por {app} mejor",
        "descárgate {app} y me agregas",
        "tienes {app}? mejor por ahí",
        "mi número es {phone}, escríbeme ahí",
    ],
    "platform_move_excuse": [
        "esta app va fatal, vámonos a {app}",
        "mejor por {app}, es más privado",
        "en {app} los mensajes se borran solos, es más seguro",
        "mi madre me revisa esta app, agrégame a {app}",
        "esto me cierra la sesión todo el rato, {app}?",
        "aquí me están baneando por nada, pásate a {app}",
        "{app} va mejor para llamar, agrégame {handle}",
        "no me llegan las notis aquí, vente a {app}",
        "hablemos por {app} que aquí lo ve todo el mundo",
    ],
    "target_gives_handle": [
        "vale es {handle}", "ok te agrego", "te he mandado solicitud", "el mío es {handle}", "hecho",
        "ya te tengo en {app}", "no uso mucho {app} pero vale", "enviado", "vale cómo te llamabas ahí?",
    ],
    "flirt_escalation": [
        "creo que me estás empezando a gustar",
        "no paro de pensar en ti la verdad",
        "ya solo hablo contigo",
        "ojalá estuvieras aquí ahora",
        "siento que tenemos algo especial",
        "ahora eres mía ok? 😏",
        "me gustas más de lo que debería jaja",
        "me haces súper feliz, lo sabías?",
        "nunca había sentido esto por alguien de internet",
        "me he pillado por ti y ni nos conocemos en persona jaja",
    ],
    "modeling_offer": [
        "podrías ser modelo perfectamente, trabajo con una agencia",
        "has pensado alguna vez en ser modelo? tienes la cara perfecta",
        "soy fotógrafo, busco caras nuevas para marcas",
        "mi agencia busca gente justo como tú, sesiones pagadas",
        "tienes el look que buscan las marcas ahora, en serio",
        "te puedo conseguir un contrato, he ayudado a muchas chicas a empezar",
        "tus fotos son buenísimas, deberías dedicarte a esto",
        "pagamos {amount} por sesión, eres perfecta para esto",
    ],
    "modeling_pics_request": [
        "mándame unas fotos privadas para el book, solo entre nosotros",
        "necesito fotos donde se te vea más para la agencia",
        "el cliente quiere primero un vídeo privado, es normal en esto",
        "mándame fotos sin filtros, solo las veo yo",
        "para el casting necesito fotos personales, no las de insta",
        "hazte unas fotos en tu cuarto esta noche y me las pasas",
        "la agencia necesita una sesión privada antes de firmarte",
        "pásame las fotos para el book, que la agencia está esperando",
    ],
}


def _merge(*parts: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for part in parts:
        for key, phrasings in part.items():
            if key in out:
                raise ValueError(f"es: slot {key} defined twice")
            out[key] = phrasings
    return out


SLOTS: dict[str, list[str]] = _merge(_CORE, es_sx.SLOTS, es_scam.SLOTS, es_benign.SLOTS, es_fraud.SLOTS)

FILLERS: dict[str, list[str]] = {
    "first_names": ["lucía", "hugo", "martina", "pablo", "sofía", "álex", "daniela", "mateo", "valeria",
                    "diego", "paula", "adrián", "carla", "javi", "marta", "iker", "nerea", "sergio",
                    "camila", "santi", "alba", "dani", "irene", "marcos", "claudia", "leo", "aitana",
                    "jorge"],
    "relatives": ["tu madre", "tu padre", "tu hermana", "tu hermano", "tu abuela", "tu tía", "tu prima",
                  "toda tu familia", "tu mamá", "tu papá"],
    "cities": ["madrid", "sevilla", "valencia", "zaragoza", "málaga", "bilbao", "murcia", "valladolid",
               "alicante", "granada", "barcelona", "vigo", "cdmx", "guadalajara", "bogotá"],
    "schools": ["IES Vega Alta", "instituto Los Pinos", "colegio San Gabriel", "IES El Mirador",
                "colegio Santa Ana", "instituto Río Claro", "IES La Fuente", "colegio Montesol"],
    "apps": ["whatsapp", "wasap", "telegram", "snap", "snapchat", "insta", "instagram", "discord",
             "signal"],
    "handle_words": ["lunita", "xx", "real", "its", "sk8", "dani", "gamer", "vibes", "nene", "bby", "ofi",
                     "mar", "sol", "kike", "lau", "top"],
    "phone_formats": ["+34 555 0## ###", "555 01 ## ##", "+34 555 01# ###", "+52 555 010 ####"],
    "iban_formats": ["ES00 0000 0000 0000 0000 ####", "ES00 5555 0000 0000 0000 ####",
                     "ES00 0000 5555 0000 0000 ####"],
    "giftcards": ["google play", "apple", "itunes", "amazon", "steam", "paysafecard", "xbox",
                  "playstation", "razer gold", "nintendo"],
    "payapps": ["bizum", "bizum", "paypal", "revolut", "mercado pago", "western union", "skrill", "wise"],
    "cryptos": ["btc", "bitcoin", "usdt", "tether", "eth", "cripto", "litecoin"],
    "currency_formats": ["{n}€", "{n}€", "{n} €", "{n} euros", "{n} pavos", "{n} eur", "{n} dólares",
                         "${n}"],
    "amounts_big": ["100", "150", "200", "250", "300", "400", "500", "600", "800", "1000", "1500"],
    "amounts_small": ["20", "25", "30", "40", "50", "60", "80"],
    "amounts_scam": ["950", "1200", "1350", "1500", "1800", "2000", "2500"],
    "prices": ["15", "20", "35", "40", "60", "80", "120", "150", "200", "250"],
    "debts": ["10", "15", "20", "30", "40", "50", "80", "100"],
    "hours": ["2", "3", "4", "6", "12", "24", "48", "dos", "tres"],
    "minutes": ["5", "10", "15", "20", "30", "45", "diez"],
    "deadlines": ["antes de medianoche", "esta noche", "antes de las 10", "mañana antes de clase",
                  "antes del viernes", "hoy mismo", "mañana por la mañana", "antes de que acabe el día"],
    "days": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "times": ["las 5", "las 6", "las 7", "las 8", "las 9", "las 10", "las 11", "las 12"],
    "items": ["móvil", "portátil", "patinete", "sofá", "escritorio", "abrigo", "iPhone 11", "monopatín",
              "vestido de graduación", "casco", "mando de la play", "altavoz", "microondas"],
    "games": ["fortnite", "roblox", "minecraft", "valorant", "fifa", "cod", "brawl stars", "clash royale",
              "lol", "genshin"],
    "game_items": ["skin", "skin rara", "cuenta", "pase de batalla", "cuchillo", "mascota legendaria",
                   "pico", "objeto limitado"],
    "subjects": ["mates", "lengua", "inglés", "historia", "bio", "física", "química", "filo", "tecno"],
    "hobbies": ["patinar", "dibujar", "bailar", "jugar al fútbol", "cantar", "ver anime",
                "tocar la guitarra", "jugar a la play", "entrenar", "leer manga"],
    "emoji": ["😂", "😊", "😅", "🙂", "👀", "✨", "😎", "🤣", "💀"],
    "emoji_sad": ["😭", "😢", "😰", "🥺", "😞", "😣"],
    "emoji_flirt": ["😍", "😘", "😏", "🥰", "❤️", "😉"],
}

#: Chat-register variants applied at random by the noise layer: word -> alternatives.
SLANG: dict[str, list[str]] = {
    "que": ["q", "k"], "porque": ["xq", "pq", "porq"], "por qué": ["xq", "pq"],
    "por favor": ["porfa", "porfi", "xfa", "pls"], "también": ["tb", "tmb", "tambien"],
    "de verdad": ["de vdd", "en serio"], "hola": ["ola", "holaa", "holi"], "besos": ["bss", "besitos"],
    "bueno": ["bno", "weno"], "mensaje": ["msj", "mensj"], "fin de semana": ["finde"],
    "te quiero": ["tq", "tkm"], "muchas gracias": ["muchas grax", "mxas gracias"],
    "jajaja": ["jsjsjs", "jajsjs", "JAJAJA"], "estoy": ["toy"], "nada": ["nada", "na"],
    "vale": ["vl", "va"], "dinero": ["pasta", "plata"], "está": ["esta", "ta"],
    "qué": ["q", "que"], "ahora": ["ahora", "aora"], "tío": ["tio", "bro"], "mucho": ["mazo", "mxo"],
}
