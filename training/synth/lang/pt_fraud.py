"""Portuguese lexicon, part 4: non-sexual scams and phishing (benign by the taxonomy: nothing
private is threatened). Parcel fees (CTT, Correios, taxa de importação), fake bank and Finanças /
Receita Federal notices, prizes, overdue invoices and boletos, refunds, fake jobs, tech support.

Merged into ``lang/pt.py``. Mixes Portugal (Multibanco, MB WAY, "o seu", "Exmo. Cliente") and
Brazil (Pix, boleto, CPF, "sua conta"), in the stiff, slightly-off register of scam SMS and
e-mails plus a few sloppy ones; made-up links come from ``{link}``. ``{time}`` carries "às"
("até {time}" reads "até às 18h"), ``{day}`` is a bare weekday. Append new phrasings at the end
of a list (template ids are list positions).
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "fraud_opener": [
        "Exmo.(a) Cliente,",
        "CTT: Informamos que a sua encomenda se encontra retida no nosso centro de distribuição.",
        "Correios: Prezado cliente, sua encomenda foi taxada.",
        "ALERTA DE SEGURANÇA: detetámos um acesso invulgar à sua conta.",
        "Parabéns!! O seu número foi sorteado no passatempo deste mês.",
        "Autoridade Tributária: tem um reembolso de IRS pendente.",
        "Receita Federal informa: consta uma pendência no seu CPF.",
        "oi tudo bem? sou recrutadora de uma empresa e vi seu perfil, temos uma vaga home office",
        "Caro utilizador, a sua caixa de correio atingiu o limite de armazenamento.",
        "Olá {name}, aqui é da central de atendimento do seu banco.",
    ],
    "fraud_pretext": [
        "A sua encomenda não pôde ser entregue por falta de dados na morada.",
        "O objeto postado em seu nome aguarda pagamento de tributos na unidade de {city}.",
        "Foi registada uma tentativa de início de sessão num dispositivo desconhecido.",
        "Identificamos uma compra suspeita no seu cartão no valor de {price}.",
        "Você foi contemplado com um vale {giftcard} de {price} na nossa pesquisa de satisfação.",
        "Consta em nosso sistema uma fatura em aberto em seu nome.",
        "Após o reprocessamento da sua declaração, tem direito a um reembolso de {price}.",
        "O trabalho é simples: avaliar produtos em casa pelo telemóvel e ganhar até {price} por dia.",
        "O seu computador foi sinalizado pelos nossos técnicos com um vírus perigoso.",
        "Por motivos de segurança, o seu cartão Multibanco foi temporariamente bloqueado.",
    ],
    "fraud_link": [
        "Para confirmar os seus dados aceda a: {link}",
        "Atualize a morada de entrega e reagende aqui {link}",
        "Acompanhe o seu objeto e regularize em {link}",
        "Para validar a sua identidade, inicie sessão através da ligação segura: {link}",
        "Resgate o seu prémio em {link}",
        "clica aqui p recuperar o acesso {link}",
        "Acesse {link} e informe os dados do cartão para receber o reembolso.",
        "Consulte a sua situação no portal: {link}",
        "Baixe o aplicativo de suporte em {link} para que o técnico possa ajudar.",
        "Preencha o formulário de candidatura em {link} e aguarde contacto.",
    ],
    "fraud_fee": [
        "Para libertar a encomenda é necessário o pagamento de direitos aduaneiros de {amount_small}.",
        "Taxa de importação a pagar: {amount_small}. O pagamento pode ser feito via Pix.",
        "Os portes de reenvio ({amount_small}) ainda não foram liquidados.",
        "Para a entrega do prémio é cobrada apenas uma taxa de processamento de {amount_small}.",
        "Efetue o pagamento de {amount_small} por referência Multibanco para concluir o reembolso.",
        "A inscrição custa {amount_small}, valor devolvido no primeiro salário.",
        "É necessária uma taxa administrativa de {amount_small} para desbloquear o valor.",
        "a ativação custa so {amount_small} paga com cartão {giftcard}",
        "manda {amount_small} por {payapp} que a gente libera o envio",
        "Custo do serviço de suporte técnico: {amount_small}, pagamento por {payapp}.",
    ],
    "fraud_account_deadline": [
        "Caso não valide os seus dados em {hours} horas, a sua conta será encerrada definitivamente.",
        "Se não houver resposta até {day}, o objeto será devolvido ao remetente.",
        "A sua conta será suspensa nas próximas 24 horas se nenhuma ação for tomada.",
        "O prazo para reclamar o prémio termina {time} de hoje, depois passa ao próximo contemplado.",
        "Atenção: o acesso ao homebanking será cancelado dentro de {hours} horas.",
        "Se os dados não forem atualizados até {day}, o seu cartão permanece bloqueado.",
        "O pedido de reembolso expira em {hours}h e o valor será anulado.",
        "ultimo aviso, o link expira {time}",
        "Sem confirmação até {day}, a sua caixa de correio será desativada e os e-mails perdidos.",
        "A vaga fica reservada só até {time}, depois seguimos com outro candidato.",
    ],
    "fraud_pay_or_else": [
        "Regularize o valor em dívida de {debt} até {day}, caso contrário será instaurado processo judicial.",
        "Efetue o pagamento de {debt} no prazo de {hours} horas, sob pena de o processo seguir para cobrança coerciva.",
        "Transfira {debt} para a conta {iban} até {time} ou o fornecimento de energia será cortado.",
        "Pague o boleto de {debt} até {day} para evitar a negativação do seu CPF e juros adicionais.",
        "Último aviso: liquide {debt} até {day}, ou serão acrescidas custas judiciais e coimas.",
        "A sua licença expira hoje. Renove já por {debt} ou os seus ficheiros serão bloqueados.",
        "paga os {debt} até {time} senão a dívida vai pra cobrança e o nome fica sujo",
        "Pague a multa de {debt} dentro de {hours} horas por {payapp} para evitar a penhora.",
        "Consta um débito de {debt} em impostos. Quite hoje com cartões {giftcard}, caso contrário será emitido mandado.",
        "Envie {debt} por {payapp} até {time}, senão a linha será desligada e o contrato rescindido.",
    ],
    "fraud_signoff": [
        "Com os melhores cumprimentos, Serviço de Apoio ao Cliente",
        "Atenciosamente, Equipe de Segurança",
        "Agradecemos a sua colaboração. Departamento de Faturação",
        "Cumprimentos, Equipa de Entregas",
        "Esta é uma mensagem automática, por favor não responda.",
        "Obrigado pela preferência. Central de Relacionamento",
        "Melhores cumprimentos, Gabinete de Reclamações",
        "Atenciosamente, Setor de Premiações",
        "Mensagem gerada automaticamente, não responda este e-mail.",
        "Obrigado, a equipa de suporte",
    ],
    "fraud_reply": [
        "isto é verdade? não encomendei nada",
        "quem é? onde arranjaram o meu número",
        "isso é golpe, para de mandar msg",
        "nem tenho conta nesse banco",
        "denunciado e bloqueado",
        "boa tentativa kkkk",
        "vou ligar diretamente para o banco, obrigado",
        "o meu pai diz que isto é burla",
        "kkkk | isso é golpe né",
        "não clico em link nenhum, vou ver no site oficial",
    ],
}
