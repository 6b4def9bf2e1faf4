"""Portuguese lexicon, part 3: the one-sided camera scam and the hacked-account variant.

Merged into ``lang/pt.py``. Mass-mail scam texts are formal ("o seu dispositivo", "você"), often a
little stiff; chat versions are informal. Nothing here is sexually explicit.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Olá. Invadi o seu dispositivo há alguns meses e gravei-o através da sua câmara.",
        "Tenho acesso ao seu telemóvel e à sua webcam. Gravei um vídeo seu enquanto navegava.",
        "O seu dispositivo foi infetado com o meu software. Tenho um vídeo seu gravado pela sua própria câmara.",
        "sei a tua password e instalei um programa no teu portátil. gravei-te",
        "Caro utilizador, tenho-o observado através da sua webcam. O vídeo está guardado.",
        "Entrei no seu e-mail e no seu computador. Tenho gravações suas que não gostaria que ninguém visse.",
        "Isto não é uma brincadeira. O meu malware gravou você pela câmera frontal.",
        "Sou hacker. Tenho acesso total à sua câmera e tenho um vídeo seu.",
        "Prezado(a), seu celular foi hackeado. Tenho gravações suas feitas pela câmera do aparelho.",
    ],
    "scam_contacts_claim": [
        "Também copiei todos os seus contactos: amigos, família e colegas.",
        "Tenho a sua lista de contactos completa e as suas redes sociais. Um clique e todos recebem o vídeo.",
        "Todas as pessoas da sua agenda vão receber a gravação.",
        "tenho todos os teus contactos e emails, vou mandar a cada um deles",
        "A sua família e o seu local de trabalho vão receber o vídeo se ignorar isto.",
        "Vou fazer upload e enviar o link para todos os seus contatos.",
        "Baixei seus contatos. Seus amigos vão ver o que você fez.",
        "O vídeo será enviado para todas as pessoas que conhece.",
    ],
    "scam_crypto_demand": [
        "Envie {crypto_amount} em Bitcoin para este endereço: {wallet}",
        "Transfira {crypto_amount} em {crypto} para a minha carteira {wallet}. Depois disso apago tudo.",
        "O meu preço é {crypto_amount}. Pagamento apenas em {crypto}. Carteira: {wallet}",
        "paga {crypto_amount} em {crypto} para {wallet} e nunca mais ouves falar de mim",
        "Pode comprar {crypto} em qualquer corretora. Envie {crypto_amount} para {wallet}",
        "O valor é {crypto_amount} (em {crypto}). Copie este endereço com cuidado: {wallet}",
        "Envie o equivalente a {crypto_amount} em {crypto}: {wallet}",
        "Quero {crypto_amount} em {crypto}. Pesquise no Google 'como comprar {crypto}' se não souber.",
    ],
    "scam_deadline": [
        "Tem 48 horas a partir do momento em que ler esta mensagem.",
        "Tem {hours} horas. Eu consigo ver quando abriu isto.",
        "48 horas. Depois disso não há volta atrás.",
        "O temporizador começou quando abriu este e-mail. {hours} horas.",
        "Tem 2 dias, nem mais um.",
        "tens dois dias, não mais",
        "Prazo: {hours} horas a partir de agora.",
        "Depois de 48 horas não espero mais.",
        "Você tem {hours} horas. O relógio já está correndo.",
    ],
    "scam_no_reply": [
        "Não responda a esta mensagem, o endereço é temporário.",
        "Não vale a pena ir à polícia, não me conseguem rastrear.",
        "Mudar a password não o vai ajudar.",
        "Não perca tempo a responder. Eu vou saber quando pagar.",
        "Se contar a alguém, eu vou saber imediatamente.",
        "Esta é uma oferta única. Pense bem.",
        "Nada pessoal, é só negócio.",
        "Não ignore esta mensagem.",
        "Não adianta trocar a senha nem formatar o celular.",
    ],
    "scam_full": [
        "Gravei-o através da sua câmara e tenho todos os seus contactos. Envie {crypto_amount} em {crypto} para {wallet} dentro de 48 horas ou toda a gente recebe o vídeo.",
        "Olá, invadi o seu telemóvel e tenho um vídeo seu. Pague {crypto_amount} em Bitcoin para {wallet}. Tem {hours} horas, depois envio para a sua família e amigos.",
        "a tua camara gravou-te. tenho os teus contactos. {crypto_amount} {crypto} para {wallet}, {hours}h ou vai para toda a gente",
        "Sei o que fez em frente à webcam. Tenho a gravação e a sua lista de contactos. {crypto_amount} em {crypto}, carteira {wallet}, 48 horas. Depois disso os seus amigos veem.",
        "Último aviso: tenho um vídeo seu do seu próprio dispositivo. Pague {crypto_amount} para {wallet} em {crypto} nos próximos 2 dias ou partilho com todos os seus contactos.",
        "Tenho acesso ao seu dispositivo e gravei você. Se eu não receber {crypto_amount} em {crypto} ({wallet}) em 48 horas, publico e mando para os seus contatos.",
        "Prezado amigo, meu software gravou você pela webcam. Envie o equivalente a {crypto_amount} em BTC para {wallet}. 48 horas. Caso contrário família, amigos e colegas recebem.",
        "tenho um vídeo teu da tua webcam. manda {crypto_amount} em {crypto} para {wallet} {deadline} ou os teus contactos recebem",
    ],
    "hack_claim_cloud": [
        "entrei na tua icloud. tenho todas as tuas fotos privadas",
        "hackeei a tua conta, tenho tudo o que está na tua galeria",
        "o teu google drive não era muito seguro kkk, tenho as tuas fotos",
        "tenho as tuas fotos privadas da cloud, todas",
        "a password da tua conta antiga era fácil. descarreguei as tuas fotos",
        "tenho acesso às tuas memórias do snap. as privadas também",
        "olá. tenho as fotos do backup do teu celular",
        "alguém me vendeu a tua conta. vi as tuas fotos privadas",
        "tenho as fotos que mandaste ao teu ex, ele foi hackeado",
    ],
    "hack_proof": [
        "aqui vai uma pra saberes que não tô a mentir [photo]",
        "reconheces isto? [photo]",
        "prova [photo]",
        "és tu né? tenho mais",
        "olha [photo] e tenho mais 30",
        "[photo] queres que mande o resto para {friend_name}?",
        "aqui está uma das fotos da tua galeria, só pra saberes",
        "[photo] esta é a minha favorita",
    ],
}
