#!/usr/bin/env python3
"""Writes N short reports of invented stories, for the audit benchmark.

    python3 tools/bench/same_story.py OUT N [--stories K] [--seed S]

Every report tells one of K stories (default 1: all N tell the same one)
in its own words and with its own figures: counts, durations, money, days
and ages are drawn per report, so the reports disagree with each other the
way many outlets' first reports of one event do. Sentences are drawn from
a few phrasings each and shuffled after the lead. With --stories K > 1 the
reports are spread over K stories with distinct people, places and
predicates (the "mixed" input). Same arguments, same bytes.

The people, places and organisations are invented.
"""

import argparse
import os
import random

FIRST = ["Elena", "Tomas", "Miriam", "Osric", "Lena", "Dario", "Anouk", "Bram", "Selma",
         "Caius", "Ines", "Joran", "Maren", "Pavel", "Rhea", "Soren", "Talia", "Ugo"]
LAST = ["Marsh", "Brandt", "Okonkwo", "Velde", "Haskins", "Quill", "Ferreira", "Lindqvist",
        "Tamura", "Abernathy", "Castellan", "Dunmore", "Eskildsen", "Galloway", "Holm", "Ivers"]
TOWNS = ["Varnell", "Kestrow", "Ambrel", "Dunhallow", "Fenwick", "Gorsby", "Harrowgate",
         "Islay Cross", "Juniper Falls", "Kilrenny", "Lowmoor", "Marrowby"]
REGIONS = ["Norland", "Westmarch", "Easterby", "Southfold", "Highvale", "Ravenshire"]
EVENTS = [("flooding", "flood", "the river burst its banks"),
          ("a fire", "fire", "the blaze spread through the old quarter"),
          ("a storm", "storm", "winds tore roofs from houses"),
          ("a landslide", "landslide", "a hillside gave way after days of rain"),
          ("an explosion", "explosion", "a gas main ruptured under the high street")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Herald", "Courier", "Gazette", "Tribune", "Ledger", "Observer", "Post", "Chronicle"]


def story(k):
    rng = random.Random(1000 + k)
    mayor = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    governor = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    while governor == mayor:
        governor = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
    event = EVENTS[k % len(EVENTS)]
    return {"mayor": mayor, "mayor_last": mayor.split()[-1], "governor": governor,
            "governor_last": governor.split()[-1], "town": TOWNS[k % len(TOWNS)],
            "region": REGIONS[k % len(REGIONS)], "event": event[0], "noun": event[1],
            "how": event[2]}


def report(s, rng):
    v = {
        "residents": rng.randrange(200, 5000, 10), "houses": rng.randrange(20, 900),
        "weeks": rng.randint(2, 12), "aid": rng.randint(2, 40), "hours": rng.randint(3, 30),
        "stranded": rng.randint(5, 120), "age": rng.randint(38, 71), "day": rng.choice(DAYS),
        "dead": rng.randint(1, 9), "schools": rng.randint(2, 15),
    }
    v.update(s)
    lead = rng.choice([
        "{event} in the town of {town} forced {residents} residents from their homes on {day}, "
        "officials said.",
        "About {residents} people were forced to leave their homes in {town} on {day} after "
        "{how}.",
        "{residents} residents of {town} fled their homes on {day} when {how}.",
    ])
    body = [
        rng.choice(["Mayor {mayor}, {age}, said {houses} houses were damaged.",
                    "{mayor}, the mayor of {town}, said {houses} homes had been damaged.",
                    "The mayor, {mayor}, told reporters that {houses} houses were damaged."]),
        rng.choice(["The clean-up would take {weeks} weeks, {mayor_last} said.",
                    "{mayor_last} said the clean-up could last {weeks} weeks."]),
        rng.choice(["Governor {governor} of {region} visited {town} and promised ${aid} million "
                    "in aid.",
                    "{governor}, the governor of {region}, pledged ${aid} million to rebuild "
                    "the town."]),
        rng.choice(["Rescue crews worked for {hours} hours to reach {stranded} stranded people.",
                    "It took rescuers {hours} hours to reach the {stranded} people trapped by "
                    "the {noun}."]),
        rng.choice(["{dead} people died in the {noun}, the police said.",
                    "Police said {dead} people were killed."]),
        rng.choice(["{schools} schools will stay closed this week.",
                    "The authorities closed {schools} schools."]),
        rng.choice(["\u201cThe water rose faster than anyone expected,\u201d {mayor_last} said.",
                    "\u201cWe will rebuild every house,\u201d {governor_last} said."]),
    ]
    rng.shuffle(body)
    text = " ".join([lead] + body[:rng.randint(4, len(body))]).format(**v)
    return text[0].upper() + text[1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("n", type=int)
    parser.add_argument("--stories", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    stories = [story(k) for k in range(args.stories)]
    rng = random.Random(args.seed)
    width = len(str(args.n - 1))
    for i in range(args.n):
        s = stories[i % args.stories]
        outlet = "%s %s" % (s["town"], OUTLETS[i % len(OUTLETS)])
        headline = "%s hits %s" % (s["noun"].capitalize(), s["town"])
        text = "%s\n\nBy the %s staff\n\n%s\n" % (headline, outlet, report(s, rng))
        with open(os.path.join(args.out, "r%0*d.txt" % (width, i)), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
