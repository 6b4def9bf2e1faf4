"""Spanish lexicon, part 3: the one-sided camera scam and the hacked-account variant.

Merged into ``lang/es.py``. Scam texts are longer and more formal, often machine-translated
(usted/tú mixed, missing accents, odd word order), as such mass e-mails really read.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Hola. Hackeé tu dispositivo hace meses y te grabé a través de tu cámara.",
        "Tengo acceso a tu teléfono y a tu webcam. Grabé un vídeo tuyo mientras navegabas.",
        "Tu dispositivo fue infectado con mi software. Tengo un video tuyo desde tu propia cámara.",
        "se tu contraseña y te instale un programa en el portatil. te grabe",
        "Estimado usuario, le he estado observando a través de su webcam. Guardé el vídeo.",
        "Entré a tu correo y a tu computadora. Tengo grabaciones tuyas que no te gustaría que nadie viera.",
        "Esto no es una broma. Mi malware te grabó con la cámara frontal.",
        "Soy hacker. Tengo acceso total a tu cámara y tengo un video tuyo.",
        "Le informo que su equipo ha sido comprometido y que dispongo de grabaciones suyas hechas con su cámara.",
    ],
    "scam_contacts_claim": [
        "También he copiado todos tus contactos: amigos, familia y compañeros de trabajo.",
        "Tengo tu lista de contactos completa y tus redes sociales. Con un click todos recibirán el vídeo.",
        "Todas las personas de tu agenda recibirán la grabación.",
        "tengo todos tus contactos y correos, se lo mandare a cada uno",
        "Tu familia y tu trabajo recibirán el vídeo si ignoras este mensaje.",
        "Subiré el vídeo y enviaré el enlace a todos tus contactos.",
        "Descargué tus contactos. Tus amigos verán lo que hiciste.",
        "El video será enviado a todas las personas que conoces.",
    ],
    "scam_crypto_demand": [
        "Envía {crypto_amount} en Bitcoin a esta dirección: {wallet}",
        "Transfiere {crypto_amount} en {crypto} a mi cartera {wallet}. Después lo borro todo.",
        "Mis honorarios son {crypto_amount}. Pago solo en {crypto}. Cartera: {wallet}",
        "paga {crypto_amount} en {crypto} a {wallet} y no sabras mas de mi",
        "Puedes comprar {crypto} en cualquier exchange. Envía {crypto_amount} a {wallet}",
        "La cantidad es {crypto_amount} (en {crypto}). Copia esta dirección con cuidado: {wallet}",
        "Envía el equivalente de {crypto_amount} en {crypto}: {wallet}",
        "Quiero {crypto_amount} en {crypto}. Busca en Google 'cómo comprar {crypto}' si no sabes.",
    ],
    "scam_deadline": [
        "Tienes 48 horas desde el momento en que leas este mensaje.",
        "Tienes {hours} horas. Puedo ver cuándo abriste esto.",
        "48 horas. Después será demasiado tarde.",
        "El contador empezó cuando abriste este correo. {hours} horas.",
        "Si en 2 días no veo nada, procederé.",
        "tienes dos dias, no mas",
        "Plazo: {hours} horas a partir de ahora.",
        "Pasadas 48 horas no esperaré más.",
    ],
    "scam_no_reply": [
        "No respondas a este mensaje, la dirección es temporal.",
        "No intentes ir a la policía, no pueden rastrearme.",
        "Cambiar tu contraseña no te servirá de nada.",
        "No pierdas el tiempo contestando. Sabré cuándo pagas.",
        "Si se lo cuentas a alguien, lo sabré al instante.",
        "Es una oferta única. Piénsalo bien.",
        "Nada personal, son negocios.",
        "No ignores este mensaje.",
    ],
    "scam_full": [
        "Te grabé con tu cámara y tengo todos tus contactos. Envía {crypto_amount} en {crypto} a {wallet} en 48 horas o todos recibirán el vídeo.",
        "Hola, hackeé tu teléfono y tengo un video tuyo. Paga {crypto_amount} en Bitcoin a {wallet}. Tienes {hours} horas, después se lo mando a tu familia y amigos.",
        "tu camara te grabo. tengo tus contactos. {crypto_amount} {crypto} a {wallet}, {hours}h o le llega a todos",
        "Sé lo que hiciste delante de tu webcam. Tengo la grabación y tu lista de contactos. {crypto_amount} en {crypto}, cartera {wallet}, 48 horas. Después lo ven tus amigos.",
        "Este es tu último aviso: tengo un vídeo tuyo desde tu propio dispositivo. Paga {crypto_amount} a {wallet} en {crypto} en los próximos 2 días o lo compartiré con todos tus contactos.",
        "Tengo acceso a tu dispositivo y te grabé. Si no recibo {crypto_amount} en {crypto} ({wallet}) en 48 horas, lo subo y se lo envío a tus contactos.",
        "Estimado amigo, mi software le grabó por la webcam. Envíe el equivalente a {crypto_amount} en BTC a {wallet}. 48 horas. Si no, familia, amigos y compañeros lo recibirán.",
        "tengo un video tuyo de tu webcam. manda {crypto_amount} en {crypto} a {wallet} {deadline} o tus contactos lo reciben",
    ],
    "hack_claim_cloud": [
        "entré en tu icloud. tengo todas tus fotos privadas",
        "te he hackeado la cuenta, tengo todo lo de tu galería",
        "tu google drive no era muy seguro jaja, tengo tus fotos",
        "tengo tus fotos privadas de la nube, todas",
        "la contraseña de tu cuenta vieja era facilísima. me he descargado tus fotos",
        "tengo acceso a tus recuerdos de snap. también a los privados",
        "hola. tengo tus fotos de la copia de seguridad del móvil",
        "alguien me vendió tu cuenta. he visto tus fotos privadas",
        "tengo las fotos que le mandaste a tu ex, le hackearon a él",
    ],
    "hack_proof": [
        "aquí tienes una para que veas que no miento [photo]",
        "te suena esto? [photo]",
        "prueba [photo]",
        "eres tú no? tengo más",
        "mira [photo] y tengo 30 más",
        "[photo] quieres que le mande el resto a {friend_name}?",
        "esta es una de las fotos de tu galería, para que lo sepas",
        "[photo] esta es mi favorita",
    ],
}
