"""Polish lexicon, part 3: the one-sided camera scam and the hacked-account variant.

Merged into ``lang/pl.py``. Mass-mail scam texts use the letter-style capital "Ty/Twój" and read a
little stiff, as machine-translated scam mail does; chat versions are lower case. Nothing here is
sexually explicit.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "scam_hacked_claim": [
        "Witam. Kilka miesięcy temu włamałem się na Twoje urządzenie i nagrałem Cię przez kamerę.",
        "Mam dostęp do Twojego telefonu i kamerki. Nagrałem film z Tobą podczas przeglądania internetu.",
        "Twoje urządzenie zostało zainfekowane moim oprogramowaniem. Mam nagranie z Twojej własnej kamery.",
        "znam twoje hasło i zainstalowałem program na twoim laptopie. nagrałem cię",
        "Drogi użytkowniku, obserwowałem Cię przez kamerkę internetową. Nagranie jest zapisane.",
        "Włamałem się na Twoją pocztę i komputer. Mam nagrania, których nikt nie powinien zobaczyć.",
        "To nie żart. Mój wirus nagrał Cię przednią kamerą.",
        "Jestem hakerem. Mam pełny dostęp do Twojej kamery i film z Tobą.",
        "Uwaga! Twój telefon został zhakowany, a kamera nagrywała Cię od tygodni.",
    ],
    "scam_contacts_claim": [
        "Skopiowałem też wszystkie Twoje kontakty: znajomych, rodzinę i współpracowników.",
        "Mam całą Twoją listę kontaktów i konta społecznościowe. Jedno kliknięcie i wszyscy dostaną film.",
        "Każdy z Twojej książki adresowej otrzyma nagranie.",
        "mam wszystkie twoje kontakty i maile, wyślę to każdemu z nich",
        "Twoja rodzina i Twój pracodawca otrzymają film, jeśli to zignorujesz.",
        "Wrzucę to do sieci i wyślę link wszystkim Twoim kontaktom.",
        "Pobrałem Twoje kontakty. Znajomi zobaczą, co robisz przed kamerą.",
        "Film zostanie wysłany do wszystkich, których znasz.",
    ],
    "scam_crypto_demand": [
        "Wyślij {crypto_amount} w Bitcoin na ten adres: {wallet}",
        "Przelej {crypto_amount} w {crypto} na mój portfel {wallet}. Potem wszystko usunę.",
        "Moja cena to {crypto_amount}. Płatność tylko w {crypto}. Portfel: {wallet}",
        "zapłać {crypto_amount} w {crypto} na {wallet} i więcej o mnie nie usłyszysz",
        "{crypto} kupisz na dowolnej giełdzie. Wyślij {crypto_amount} na {wallet}",
        "Kwota to {crypto_amount} (w {crypto}). Skopiuj dokładnie ten adres: {wallet}",
        "Wyślij równowartość {crypto_amount} w {crypto}: {wallet}",
        "Chcę {crypto_amount} w {crypto}. Wpisz w Google 'jak kupić {crypto}', jeśli nie wiesz.",
    ],
    "scam_deadline": [
        "Masz 48 godzin od momentu przeczytania tej wiadomości.",
        "Masz {hours}h. Widzę, kiedy ta wiadomość została otwarta.",
        "48 godzin. Potem nie będzie odwrotu.",
        "Licznik ruszył w chwili otwarcia tego maila. {hours}h.",
        "Masz 2 dni, ani jednego więcej.",
        "masz dwa dni, nie więcej",
        "Termin: {hours} godz. od teraz.",
        "Po 48 godzinach przestaję czekać.",
    ],
    "scam_no_reply": [
        "Nie odpowiadaj na tę wiadomość, adres jest tymczasowy.",
        "Nie idź na policję, nie są w stanie mnie namierzyć.",
        "Zmiana hasła nic Ci nie da.",
        "Nie trać czasu na odpisywanie. Będę wiedział, kiedy zapłacisz.",
        "Jeśli komuś powiesz, od razu się dowiem.",
        "To jednorazowa oferta. Zastanów się dobrze.",
        "Nic osobistego, to tylko biznes.",
        "Nie ignoruj tej wiadomości.",
    ],
    "scam_full": [
        "Nagrałem Cię przez kamerę i mam wszystkie Twoje kontakty. Wyślij {crypto_amount} w {crypto} na {wallet} w ciągu 48 godzin albo wszyscy dostaną film.",
        "Witam, włamałem się na Twój telefon i mam film z Tobą. Zapłać {crypto_amount} w Bitcoin na {wallet}. Masz {hours}h, potem wysyłam go rodzinie i znajomym.",
        "twoja kamera cię nagrała. mam twoje kontakty. {crypto_amount} {crypto} na {wallet}, {hours}h albo idzie do wszystkich",
        "Wiem, co robisz przed kamerką. Mam nagranie i listę Twoich kontaktów. {crypto_amount} w {crypto}, portfel {wallet}, 48 godzin. Potem zobaczą to Twoi znajomi.",
        "Ostatnie ostrzeżenie: mam film z Twojego własnego urządzenia. Zapłać {crypto_amount} na {wallet} w {crypto} w ciągu 2 dni albo udostępnię go wszystkim Twoim kontaktom.",
        "Mam dostęp do Twojego urządzenia i nagranie. Jeśli nie dostanę {crypto_amount} w {crypto} ({wallet}) w ciągu 48 godzin, wrzucam je do sieci i wysyłam Twoim kontaktom.",
        "Drogi przyjacielu, moje oprogramowanie nagrało Cię przez kamerkę. Wyślij równowartość {crypto_amount} w BTC na {wallet}. 48 godzin. Inaczej rodzina, znajomi i koledzy z pracy to dostaną.",
        "mam film z twojej kamerki. wyślij {crypto_amount} w {crypto} na {wallet} {deadline} albo dostaną go twoje kontakty",
    ],
    "hack_claim_cloud": [
        "weszłem na twój icloud. mam wszystkie twoje prywatne zdjęcia",
        "zhakowałem twoje konto, mam wszystko z galerii",
        "twój dysk google nie był zbyt bezpieczny xd, mam twoje zdjęcia",
        "mam twoje prywatne fotki z chmury, wszystkie",
        "hasło do twojego starego konta było łatwe. pobrane wszystkie zdjęcia",
        "mam dostęp do twoich wspomnień na snapie. tych prywatnych też",
        "cześć. mam twoje zdjęcia z kopii zapasowej telefonu",
        "ktoś mi sprzedał twoje konto. widziałem twoje prywatne zdjęcia",
        "mam fotki, które wysyłałaś byłemu, jego konto przejęli hakerzy",
    ],
    "hack_proof": [
        "masz jedno na dowód, że nie kłamię [photo]",
        "poznajesz? [photo]",
        "dowód [photo]",
        "to ty, prawda? mam więcej",
        "patrz [photo] a mam jeszcze 30",
        "[photo] pokazać resztę twoim znajomym?",
        "to jedno ze zdjęć z twojej galerii, tak dla jasności",
        "[photo] to moje ulubione",
    ],
}
