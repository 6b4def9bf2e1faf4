"""Polish lexicon, part 4: non-sexual scams and phishing (benign by the taxonomy: nothing
private is threatened). Parcel surcharges (paczkomat, Poczta Polska, kurier), fake bank and
account alerts, OLX/Vinted "buyer" links, e-Urząd Skarbowy refunds, unpaid energy bills, fake jobs.

Merged into ``lang/pl.py``. SMS scams read stiff and slightly off ("Szanowny Kliencie", "Twoja
przesylka", often without Polish letters); chat versions are lower case. Made-up links come from
``{link}``; amounts come formatted with the currency ("50 zł"), hours are written "{hours}h",
``{day}`` and ``{time}`` carry their preposition ("w piątek", "o 18").
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "fraud_opener": [
        "Szanowny Kliencie,",
        "InPost: informacja dotyczaca Twojej przesylki.",
        "Uwaga! Wykryto nietypowe logowanie do Twojej bankowości internetowej.",
        "Gratulacje! Twój numer został wylosowany w naszej comiesięcznej loterii.",
        "Dzień dobry, piszę w sprawie przesyłki kurierskiej na Pana/Pani nazwisko.",
        "e-Urząd Skarbowy: informacja o nadpłacie podatku.",
        "hej, piszę z działu rekrutacji, twój profil wpadł nam w oko i mamy dla ciebie pracę zdalną",
        "Poczta Polska: komunikat w sprawie awizo.",
        "Dzień dobry, dział rozliczeń PGE, mamy informację dotyczącą Państwa licznika.",
        "witam, pisze w sprawie ogloszenia na olx, czy przedmiot jest nadal aktualny?",
    ],
    "fraud_pretext": [
        "Twoja paczka została wstrzymana w sortowni z powodu niepełnego adresu dostawy.",
        "Odnotowaliśmy próbę logowania z nowego urządzenia z innego kraju.",
        "W ankiecie satysfakcji klientów wygrał Pan/Pani bon {giftcard} o wartości {price}.",
        "W naszym systemie widnieje nieopłacona faktura za energię elektryczną.",
        "Z rozliczenia PIT wynika, że przysługuje Panu/Pani zwrot w kwocie {price}.",
        "praca jest prosta, lajkujesz filmiki na yt z domu i zarabiasz do {price} dziennie",
        "Nasi technicy wykryli wirusa na Pana/Pani komputerze.",
        "Państwa karta płatnicza została tymczasowo zablokowana ze względów bezpieczeństwa.",
        "przesylka z zagranicy czeka w urzedzie celnym na odprawe",
        "przedmiot jest już opłacony, pieniądze czekają na ciebie w systemie olx dostawa",
    ],
    "fraud_link": [
        "Prosimy potwierdzić dane pod adresem: {link}",
        "W celu weryfikacji tożsamości zaloguj się przez bezpieczny link: {link}",
        "Śledź przesyłkę i wybierz nowy termin doręczenia: {link}",
        "Odbierz nagrodę tutaj: {link}",
        "kliknij w link i wpisz dane karty zeby odebrac pieniadze {link}",
        "Zaktualizuj dane płatności na stronie {link}",
        "Formularz zwrotu podatku dostępny jest pod adresem {link}",
        "Proszę pobrać aplikację {link}, nasz technik połączy się zdalnie i pomoże.",
        "potwierdz adres dostawy {link}",
        "Aby odblokować kartę, zaloguj się do bankowości przez {link}",
    ],
    "fraud_fee": [
        "Do przesyłki naliczono opłatę celną w wysokości {amount_small}.",
        "InPost: do doręczenia brakuje dopłaty {amount_small} za zmianę gabarytu.",
        "Aby przekazać nagrodę, pobieramy niewielką opłatę manipulacyjną {amount_small}.",
        "Zostały jeszcze koszty wysyłki w kwocie {amount_small}.",
        "za rejestrację płacisz tylko {amount_small}, zwracamy to z pierwszą wypłatą",
        "Opłata administracyjna za realizację zwrotu wynosi {amount_small}.",
        "Ponowne doręczenie paczki kosztuje {amount_small}, płatność kartą lub BLIKIEM.",
        "aktywacja konta to {amount_small}, płatne kartą {giftcard}",
        "zaplac {amount_small} przez {payapp} i paczka wyjdzie jeszcze dzis",
        "Za weryfikację karty zostanie pobrana symboliczna kwota {amount_small}, zwracana automatycznie.",
    ],
    "fraud_account_deadline": [
        "Brak weryfikacji w ciągu {hours}h spowoduje trwałą blokadę konta.",
        "Oferta wygasa za {hours}h.",
        "Bez odpowiedzi najpóźniej {day} przesyłka wróci do nadawcy.",
        "Konto zostanie zawieszone w ciągu 24 godzin w przypadku braku reakcji.",
        "Nagrodę można odebrać tylko dziś, najpóźniej {time}, potem przechodzi na kolejnego zwycięzcę.",
        "Dostęp do konta zostanie usunięty za {hours}h.",
        "Jeżeli dane nie zostaną zaktualizowane najpóźniej {day}, karta pozostanie zablokowana.",
        "ostatnia szansa, link wygasa dzis {time}",
        "Paczka bedzie czekac w paczkomacie jeszcze tylko {hours}h, potem zostanie zwrocona.",
    ],
    "fraud_pay_or_else": [
        "Prosimy o uregulowanie zaległości {debt} najpóźniej {day}, w przeciwnym razie skierujemy sprawę do sądu.",
        "Należność {debt} należy uregulować w ciągu {hours}h, inaczej sprawa trafi do firmy windykacyjnej.",
        "PGE: brak wpłaty {debt} na konto {iban} dziś {time} skutkuje odłączeniem energii.",
        "Zalega Pan/Pani z podatkiem w kwocie {debt}. Prosimy zapłacić dziś kartami {giftcard}, inaczej zostanie wszczęta egzekucja.",
        "Ostateczne wezwanie do zapłaty: {debt} należy wpłacić najpóźniej {day}, potem doliczymy odsetki i koszty sądowe.",
        "Licencja antywirusa wygasa dziś. Odnów ją za {debt} w ciągu {hours}h albo pliki zostaną zablokowane.",
        "zaplac {debt} dzis max {time} bo sprawa idzie na policje",
        "Mandat w wysokości {debt} należy opłacić w ciągu {hours}h, aby uniknąć dalszych kroków prawnych.",
        "Wpłać zaległe {debt} przez {payapp} jeszcze dziś, inaczej jutro wyłączamy Panu/Pani internet.",
    ],
    "fraud_signoff": [
        "Z poważaniem, Biuro Obsługi Klienta",
        "Pozdrawiamy, Zespół Bezpieczeństwa",
        "Dziękujemy za współpracę. Dział Wsparcia",
        "Pozdrawiamy, zespół doręczeń",
        "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.",
        "Z wyrazami szacunku, Dział Rozliczeń",
        "Łączymy pozdrowienia, Dział Reklamacji",
        "Dziękujemy, zespół programu lojalnościowego",
        "Pozdrawiam serdecznie, {name} z działu HR",
    ],
    "fraud_reply": [
        "to prawda? przecież nic nie zamawiam",
        "kto to i skąd macie mój numer",
        "to jakiś scam, przestańcie pisać",
        "nie mam u was żadnego konta",
        "zgłoszone na CERT i zablokowane",
        "ładna próba xd",
        "zadzwonię do banku na infolinię, dzięki",
        "tata mówi że to oszustwo",
        "link z jakąś dziwną końcówką, nie klikam",
        "co to za bzdury",
    ],
}
