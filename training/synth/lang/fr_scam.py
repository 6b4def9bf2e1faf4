"""French lexicon, part 3: the one-sided webcam scam and the hacked-account variant.

Merged into ``lang/fr.py``. Scam texts are longer, formal ("vous"), often with the stiff or odd
grammar of a machine-translated mass mail; the hacked-account lines are chat-style ("tu").
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Bonjour. J'ai piraté votre appareil il y a plusieurs mois et je vous ai filmé via votre caméra.",
        "J'ai accès à votre téléphone et à votre webcam. J'ai enregistré une vidéo de vous pendant votre navigation.",
        "Votre appareil a été infecté par mon logiciel. Je possède une vidéo de vous prise par votre propre caméra.",
        "je connais ton mot de passe et j'ai installé un programme sur ton pc. je t'ai filmé",
        "Cher utilisateur, je vous observe depuis votre webcam. J'ai sauvegardé l'enregistrement.",
        "Je suis entré dans votre boîte mail et votre ordinateur. J'ai des enregistrements de vous que personne ne devrait voir.",
        "Ceci n'est pas une blague. Mon malware vous a enregistré par la caméra frontale.",
        "Je suis hacker. J'ai un accès complet à votre caméra et j'ai une vidéo de vous.",
        "Madame, Monsieur, suite à une faille de votre navigateur, j'ai pu activer votre caméra et vous enregistrer.",
    ],
    "scam_contacts_claim": [
        "J'ai également copié tous vos contacts : amis, famille, collègues.",
        "Je possède votre liste de contacts complète et vos réseaux sociaux. En un clic ils reçoivent tous la vidéo.",
        "Toutes les personnes de votre carnet d'adresses recevront l'enregistrement.",
        "j'ai tous tes contacts et tes mails, je vais l'envoyer à chacun d'eux",
        "Votre famille et votre employeur recevront la vidéo si vous ignorez ce message.",
        "Je vais la mettre en ligne et envoyer le lien à tous vos contacts.",
        "J'ai téléchargé vos contacts. Vos amis verront ce que vous avez fait.",
        "La vidéo sera envoyée à toutes les personnes que vous connaissez.",
    ],
    "scam_crypto_demand": [
        "Envoyez {crypto_amount} en Bitcoin à cette adresse : {wallet}",
        "Transférez {crypto_amount} en {crypto} sur mon portefeuille {wallet}. Ensuite je supprime tout.",
        "Mes honoraires sont de {crypto_amount}. Paiement uniquement en {crypto}. Portefeuille : {wallet}",
        "paie {crypto_amount} en {crypto} sur {wallet} et t'entendras plus parler de moi",
        "Vous pouvez acheter du {crypto} sur n'importe quelle plateforme. Envoyez {crypto_amount} à {wallet}",
        "Le montant est de {crypto_amount} (en {crypto}). Copiez bien cette adresse : {wallet}",
        "Envoyez l'équivalent de {crypto_amount} en {crypto} : {wallet}",
        "Je veux {crypto_amount} en {crypto}. Tapez 'comment acheter du {crypto}' sur Google si vous ne savez pas.",
    ],
    "scam_deadline": [
        "Vous avez 48 heures à partir de la lecture de ce message.",
        "Vous disposez de {hours} heures. Je vois quand vous avez ouvert ce mail.",
        "48 heures. Après, la vidéo part chez tout le monde.",
        "Le compte à rebours a commencé à l'ouverture de ce mail. {hours} heures.",
        "Si je ne reçois pas le paiement sous 2 jours, j'envoie.",
        "t'as deux jours, pas plus",
        "Délai : {hours} heures à compter de maintenant.",
        "Passé 48 heures je n'attendrai plus.",
    ],
    "scam_no_reply": [
        "Ne répondez pas à ce message, l'adresse est temporaire.",
        "N'essayez pas d'aller à la police, ils ne peuvent pas me tracer.",
        "Changer votre mot de passe ne vous servira à rien.",
        "Ne perdez pas de temps à répondre. Je saurai quand vous aurez payé.",
        "Si vous en parlez à quelqu'un, je le saurai immédiatement.",
        "C'est une offre unique. Réfléchissez bien.",
        "Rien de personnel, ce sont les affaires.",
        "N'ignorez pas ce message.",
    ],
    "scam_full": [
        "Je vous ai filmé via votre caméra et j'ai tous vos contacts. Envoyez {crypto_amount} en {crypto} à {wallet} sous 48 heures ou tout le monde reçoit la vidéo.",
        "Bonjour, j'ai piraté votre téléphone et j'ai une vidéo de vous. Payez {crypto_amount} en Bitcoin à {wallet}. Vous avez {hours} heures, ensuite je l'envoie à votre famille et vos amis.",
        "ta caméra t'a filmé. j'ai tes contacts. {crypto_amount} en {crypto} sur {wallet}, {hours}h sinon ça part à tout le monde",
        "Je sais ce que vous avez fait devant votre webcam. J'ai l'enregistrement et votre liste de contacts. {crypto_amount} en {crypto}, portefeuille {wallet}, 48 heures. Après, vos amis la verront.",
        "Dernier avertissement : j'ai une vidéo de vous prise par votre propre appareil. Payez {crypto_amount} sur {wallet} en {crypto} dans les 2 jours ou je la partage avec tous vos contacts.",
        "J'ai accès à votre appareil et je vous ai enregistré. Si je ne reçois pas {crypto_amount} en {crypto} ({wallet}) sous 48 heures, je la publie et l'envoie à vos contacts.",
        "Cher ami, mon logiciel vous a filmé par la webcam. Envoyez l'équivalent de {crypto_amount} en BTC à {wallet}. 48 heures. Sinon famille, amis et collègues la recevront.",
        "j'ai une vidéo de toi par ta webcam. envoie {crypto_amount} en {crypto} sur {wallet} {deadline} sinon tes contacts la reçoivent",
    ],
    "hack_claim_cloud": [
        "je suis rentré dans ton icloud. j'ai toutes tes photos privées",
        "j'ai piraté ton compte, j'ai tout ce qu'il y a dans ta galerie",
        "ton google drive était pas très protégé mdr, j'ai tes photos",
        "j'ai tes photos privées de ton cloud, toutes",
        "le mdp de ton ancien compte était facile. j'ai téléchargé tes photos",
        "j'ai accès à tes souvenirs snap. même ceux en privé",
        "salut. j'ai tes photos de la sauvegarde de ton tel",
        "qqn m'a vendu ton compte. j'ai vu tes photos privées",
        "j'ai les photos que t'as envoyées à ton ex, il s'est fait pirater",
    ],
    "hack_proof": [
        "en voilà une pour que tu saches que je mens pas [photo]",
        "tu reconnais ? [photo]",
        "la preuve [photo]",
        "c'est bien toi ? j'en ai d'autres",
        "regarde [photo] et j'en ai 30 autres",
        "[photo] j'envoie le reste à {friend_name} ?",
        "voilà une des photos de ta galerie, pour info",
        "[photo] celle-là c'est ma préférée",
    ],
}
