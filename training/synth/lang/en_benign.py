"""English lexicon, part 4: benign hard negatives that share the positives' vocabulary.

Merged into ``lang/en.py``. Partners flirt, friends pay each other back by a deadline, sellers
send item photos, gamers trade gift cards, siblings threaten to show baby pics, victims tell a
friend or a helpline what happens to them.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "partner_greeting": [
        "morning babe", "hey love", "hi handsome", "heyy gorgeous {emoji_flirt}", "good morning sunshine",
        "hey u", "morning my love", "hiii babe how'd u sleep",
    ],
    "partner_affection": [
        "miss u so much", "love u", "cant wait to see u tonight", "ur the best thing that happened to me",
        "i was just thinking about u {emoji_flirt}", "love u more", "counting the hours till ur home",
        "u make every day better", "ugh i miss ur face",
    ],
    "partner_flirt": [
        "u looked so good this morning 😏", "come home early? 😉", "stop being so cute",
        "i like that shirt on u", "ur trouble u know that", "wish u were in bed with me rn, so cold",
        "u owe me a kiss", "lucky me honestly", "dont distract me at work lol",
    ],
    "partner_pic_request": [
        "send me a pic of u? missing u", "pic pls 😏", "send me something to get me through this meeting",
        "show me the new outfit?", "got a pic for me later? 😉", "send me a cute pic, i need it",
        "u should send me a pic tonight {emoji_flirt}", "pic for ur favourite person?",
    ],
    "partner_sends_pic": [
        "just for u 😘 [photo]", "here u go ;) [photo]", "sent u one, dont open it at work lol",
        "check ur phone 😏", "[photo] happy now?", "for ur eyes only babe",
        "there, now come home", "took this for u this morning",
    ],
    "partner_plans": [
        "dinner at 8?", "wanna watch a movie tonight", "i'll pick up food on the way",
        "are we still going to ur parents sunday", "need anything from the store?",
        "lets do something this weekend", "i booked the table for {time}", "movie or walk later?",
    ],
    "loan_ask": [
        "hey can u spot me {debt} till {day}?", "could u lend me {debt}? i'm short this week",
        "can u cover my ticket? i'll pay u back", "any chance u could lend me {debt} for the concert",
        "i forgot my wallet, can u pay for me and i send it later", "can i borrow {debt} for gas?",
        "help a friend out? need {debt} till payday", "u got {debt} i can borrow?",
    ],
    "loan_reply": [
        "sure, sent it", "ya np", "ok but i need it back soon", "yeah ofc",
        "i can do {debt}", "ok sending on {payapp}", "fine but dont forget this time lol",
        "sure just pay me back whenever", "ok but pls pay me back, im broke too",
    ],
    "repay_deadline": [
        "hey can u send the {debt} back {deadline}? i need it for rent",
        "need that {debt} back by {day} or i cant pay my phone bill",
        "reminder u owe me {debt}, pls send by tonight or im short for the trip",
        "yo can u pay me back {deadline}? otherwise i miss the concert deposit",
        "i need my {debt} back by {time}, the landlord wants it today",
        "pls send the {debt} {deadline}, otherwise i cant get the tickets",
        "dont forget the {debt}! need it by {day} or my card gets declined lol",
        "bro its been 2 weeks, {debt} by friday pls or i cant pay my share of the trip",
    ],
    "repay_done": [
        "sent u {debt} on {payapp}", "just paid u back, check ur {payapp}",
        "done! sorry it took so long", "transferred it, thanks again",
        "paid, with interest lol", "sent it, thanks for waiting",
        "{debt} sent, we're even now", "sending now on {payapp}",
    ],
    "work_deadline": [
        "need the slides by 5pm or we lose the client",
        "report is due {deadline}, if its late the boss will kill us",
        "can u send the invoice {deadline}? otherwise they wont pay this month",
        "deadline is {time} today, after that the system locks",
        "the client needs the files in {hours} hours or the deal is off",
        "pls finish the schedule by {day}, otherwise nobody gets their shifts",
        "if the order isnt in by {time} it ships next week",
        "submit ur timesheet {deadline} or u wont get paid this month",
    ],
    "work_reply": [
        "on it", "will do", "sent it just now", "almost done, 20 min", "ok np",
        "can i have till {time}?", "done, check ur email", "sorry running late but it'll be there",
        "yep got it",
    ],
    "market_opener": [
        "hi is the {item} still available?", "hello, interested in ur {item}",
        "hey is this still for sale?", "hi! would u take {price} for the {item}?",
        "hey saw ur listing for the {item}, still have it?", "hi, is the price negotiable?",
        "hello, can i come see the {item} today?", "hey any scratches on the {item}?",
    ],
    "market_reply": [
        "yes still available", "sure, when can u pick up?", "its in great condition",
        "i can ship it if u pay postage", "pickup only sorry", "im home after {time}",
        "ok see u then", "great, address is in {city}, i'll send details", "still have it yep",
    ],
    "market_item_photo": [
        "here are more photos of the {item} [photo]", "[photo] this is the scratch i mentioned",
        "sent u a pic of the box too", "here's the back [photo]", "pics of the {item} in daylight",
        "[photo] serial number", "this is how it looks now", "heres a video of it working",
    ],
    "market_negotiate": [
        "would u do {price}?", "lowest i can go is {price}", "{price} and i pick up today",
        "hmm {price} is too low sorry", "deal at {price}", "can u do {price} with shipping",
        "ok {price} final", "meet me in the middle?",
    ],
    "market_payment": [
        "i'll send {price} on {payapp} now", "can i pay cash on pickup?", "sent the {price} via {payapp}",
        "whats ur {payapp}? i'll pay now", "paid! pls mark it as sold",
        "ill pay half now half on pickup", "payment sent, check ur account", "is {payapp} ok for u?",
    ],
    "market_deadline": [
        "if u dont pay by tonight i sell it to the next person",
        "someone else wants it, i can hold it till {time}",
        "need the payment {deadline} or i relist it",
        "i can only keep it for u till {day}",
        "pick up by {time} or it goes to the other buyer",
        "offer is good for {hours} hours",
        "i'll hold it {deadline} then its first come first served",
        "please pay within {hours}h, otherwise i cancel",
    ],
    "game_opener": [
        "yo u trading ur {game_item}?", "hey saw ur post in the {game} trading server",
        "u still selling the {game} {game_item}?", "hi wanna trade? i need a {game_item}",
        "hey i'm the guy from the {game} discord about the trade",
        "sup, how much for the {game_item}", "hey random but ur {game} account for sale?",
        "hi, interested in ur {game_item}",
    ],
    "game_trade_offer": [
        "i'll give u a {giftcard} card for it", "{amount_small} {giftcard} card for ur {game_item}?",
        "i can pay in {giftcard} codes", "trade my {game_item} for ur {game_item}?",
        "{giftcard} gift card ok? i dont have {payapp}", "i'll do {amount_small} on {payapp}",
        "u send the item first or me first?", "two {giftcard} cards and we're good",
    ],
    "game_code_send": [
        "code is {code}", "here's the {giftcard} code: {code}", "sent the code, check if it works",
        "{code} should be {amount_small}", "[photo] card code", "ok redeemed? lmk",
        "code sent, now send the item", "here: {code}",
    ],
    "game_deadline": [
        "offer ends in 1 hr, someone else wants it", "need to trade before {time}, going offline",
        "if u dont confirm in {minutes} min im trading with someone else",
        "trade by tonight or the deal is off", "i'm only online till {time}",
        "hurry, offer expires {deadline}", "decide in {minutes} mins pls",
        "gotta be today, event ends tomorrow",
    ],
    "parent_checkin": [
        "did u get there ok?", "hows the trip sweetie", "call me when ur done",
        "are u at {friend_name}s?", "did u eat?", "how was the test?",
        "text me when u leave", "everything ok? u didnt answer",
    ],
    "kid_reply": [
        "yes im here", "ya all good", "ok mom", "yes dad", "got here 10 min ago", "yeah fine",
        "im at {friend_name}s", "it went ok i think", "yes i ate lol", "omg yes im fine",
    ],
    "parent_photo_request": [
        "send me a pic of the hotel", "send a photo of u guys at the beach!",
        "show me ur room", "send me a pic when ur there so i know ur safe",
        "take a pic of the menu for me", "send a photo of ur outfit for prom!!",
        "can u send me the pic of the homework sheet", "grandma wants a pic of u in the new jacket",
    ],
    "kid_sends_photo": [
        "[photo] here", "here's the room lol", "ok [photo]", "thats us at the beach",
        "sent", "here's the menu", "the view is so nice [photo]", "here, happy now mom lol",
    ],
    "parent_deadline": [
        "home by 10 or no phone for a week", "be back by {time} or ur grounded",
        "if ur room isnt clean by tonight no xbox", "homework done by 8 or no party saturday",
        "u have 1 hour to come home, im serious", "if u miss the bus again u walk",
        "curfew is {time}, not a minute later", "call me back in 5 min or im coming to get u",
    ],
    "sibling_tease_threat": [
        "i'll show mum ur baby pics",
        "say that again and i post ur baby pics on my story",
        "i'm telling mom u snuck out",
        "i'll send ur crush that video of u singing lol",
        "touch my charger again and i show everyone ur diary",
        "i have the pic of u asleep with ur mouth open, dont test me",
        "keep it up and dad hears about the party",
        "i'll tell everyone at school u still sleep with a teddy",
        "one more word and the bath pics from when u were 2 go in the family chat",
    ],
    "sibling_reply": [
        "u wouldnt dare", "ur so annoying", "omg stop", "do it and ur dead lol",
        "fine whatever", "i hate u 😂", "mom!!!", "lol u have nothing on me", "ok ok truce",
    ],
    "classmate_opener": [
        "hey ur in my {subject} class right?", "hi! im new, {friend_name} gave me ur name",
        "hey its {my_name} from {school}, we sat together today", "hey ur the one from the group project?",
        "hi sorry random, ur in {subject} with mr smith right", "hey! new kid here lol, we have {subject} together",
        "hey i got ur number from the class list", "yo u on the {school} team?",
    ],
    "classmate_platform": [
        "add me on {app} for the group chat", "we have a {app} group for {subject}, want in?",
        "add me on {app}, {handle}", "whats ur {app}? easier for the project",
        "join our {app} server, everyone's there", "can u make a {app} group for the project?",
        "ill add u to the class chat on {app}", "u have {app}? we share notes there",
    ],
    "homework_talk": [
        "did u do the {subject} homework?", "what page was the reading", "i dont get question 4 at all",
        "can u send me the notes from today", "the test is so hard", "who's doing the slides",
        "i'll do the intro if u do the conclusion", "mr smith is so boring lol",
    ],
    "homework_deadline": [
        "its due {day} at midnight or we lose points", "we have to hand it in by {time} or its a zero",
        "the project is due {deadline}, late work gets marked down", "submit by tonight or the portal closes",
        "teacher said no extensions, {deadline} or we fail", "essay due in {hours} hours help",
        "if we dont finish {deadline} we get detention", "deadline is {day} 9am, no excuses she said",
    ],
}

SLOTS.update({
    "victim_tells_friend": [
        "i need to tell u something, i'm so scared",
        "someone is threatening me and idk what to do",
        "promise u wont judge me? i did something stupid",
        "i'm freaking out, a guy online has my pics",
        "can u talk? something really bad happened",
        "i think im being blackmailed",
        "i cant tell my parents, please help me",
        "someone i met online is threatening to send stuff to everyone",
    ],
    "victim_details": [
        "he said he'll send the pics to everyone if i dont pay {amount}",
        "now he wants money and he has my whole followers list",
        "he gave me {hours} hours and im so scared",
        "they want {giftcard} cards and i dont have money",
        "i already paid {amount_small} and he wants more",
        "he keeps messaging me and says he'll send it to my parents",
        "i cant sleep, i keep checking if he posted it",
        "i feel so stupid, i thought they were my age",
        "he made a group chat with my friends in it and said he'd post it there",
    ],
    "friend_support": [
        "omg im so sorry, its not ur fault", "hey breathe, i'm here", "ur not stupid, he tricked u",
        "i'm coming over rn", "ok we'll figure this out together", "thats so scary, im so sorry",
        "ur not alone ok", "i'm not judging u at all",
    ],
    "friend_advice": [
        "dont pay him, they always ask for more", "block him and report the account",
        "screenshot everything first", "u have to tell an adult, seriously",
        "tell ur mom, she'll help", "there's a helpline for exactly this",
        "report it to the police, its a crime what hes doing", "dont send anything else",
    ],
    "helpline_open": [
        "hi, i dont know if this is the right place but someone is blackmailing me",
        "hello, i need help, someone online has pictures of me",
        "hi im {age} and someone is threatening me",
        "i'm scared, a person i met online says he'll share my pics",
        "hello?? please i need to talk to someone",
        "hi i think im a victim of sextortion",
        "someone is asking me for money or they post my photos, what do i do",
        "hi, im really scared and i cant tell my parents",
    ],
    "counsellor_reply": [
        "hi, thank you for reaching out. you did the right thing.",
        "i'm here and i'm listening. you're not in trouble.",
        "that sounds really frightening. we can go through this together.",
        "thank you for telling me. this is not your fault.",
        "i'm glad you messaged. take your time.",
        "you're safe talking to me here. can you tell me a bit more?",
        "that must be so stressful. you're not alone in this.",
        "ok. let's take this step by step.",
    ],
    "counsellor_advice": [
        "please don't pay. paying usually leads to more demands.",
        "stop replying to them and don't delete the messages, they're evidence.",
        "you can report the account on the app and to the police.",
        "is there a trusted adult you can tell today?",
        "there are tools that can help get images taken down, i can explain how.",
        "block them after you've saved screenshots.",
        "you didn't do anything wrong, the person threatening you did.",
        "if you feel unsafe right now, please call emergency services.",
    ],
})
