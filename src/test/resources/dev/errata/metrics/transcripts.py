"""Makes transcripts.csv and prints the word and character error rates the tests expect.

References: sentences of the Gettysburg Address and of the opening of Pride and Prejudice (both in the
public domain), lower case without punctuation as a recogniser's references are. Recognised transcripts:
the references with the errors recognisers make (homophones, dropped function words, fillers, split and
merged words), drawn with a fixed seed. The error rates are computed here by an alignment written
independently of Errata's: Kaldi's recurrence that carries the (substitution, deletion, insertion) counts
forward in every cell, and a plain two-row Levenshtein over characters. Run: python3 transcripts.py
"""
import csv
import random
import re

TEXT = """four score and seven years ago our fathers brought forth on this continent a new nation
conceived in liberty and dedicated to the proposition that all men are created equal
now we are engaged in a great civil war testing whether that nation or any nation so conceived and so dedicated can long endure
we are met on a great battle field of that war
we have come to dedicate a portion of that field as a final resting place for those who here gave their lives that that nation might live
it is altogether fitting and proper that we should do this
but in a larger sense we can not dedicate we can not consecrate we can not hallow this ground
the brave men living and dead who struggled here have consecrated it far above our poor power to add or detract
the world will little note nor long remember what we say here but it can never forget what they did here
it is for us the living rather to be dedicated here to the unfinished work which they who fought here have thus far so nobly advanced
it is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife
however little known the feelings or views of such a man may be on his first entering a neighbourhood
this truth is so well fixed in the minds of the surrounding families
that he is considered as the rightful property of some one or other of their daughters
my dear mr bennet said his lady to him one day have you heard that netherfield park is let at last
mr bennet replied that he had not
but it is returned she for mrs long has just been here and she told me all about it
mr bennet made no answer
do not you want to know who has taken it cried his wife impatiently
you want to tell me and i have no objection to hearing it
this was invitation enough
why my dear you must know mrs long says that netherfield is taken by a young man of large fortune from the north of england
that he came down on monday in a chaise and four to see the place
and was so much delighted with it that he agreed with mr morris immediately
that he is to take possession before michaelmas and some of his servants are to be in the house by the end of next week
what is his name
bingley
is he married or single
oh single my dear to be sure a single man of large fortune four or five thousand a year
what a fine thing for our girls
how so how can it affect them
my dear mr bennet replied his wife how can you be so tiresome
you must know that i am thinking of his marrying one of them
is that his design in settling here
design nonsense how can you talk so
but it is very likely that he may fall in love with one of them
and therefore you must visit him as soon as he comes
i see no occasion for that
you and the girls may go or you may send them by themselves
which perhaps will be still better""".split("\n")

HOMOPHONES = {"four": "for", "to": "two", "there": "their", "their": "there", "new": "knew", "here": "hear",
              "one": "won", "know": "no", "no": "know", "so": "sew", "be": "bee", "by": "buy", "in": "inn",
              "for": "four", "see": "sea", "whole": "hole", "son": "sun", "great": "grate", "made": "maid",
              "dear": "deer", "rather": "rather", "long": "lawn", "week": "weak", "field": "feel"}
FUNCTION = {"a", "the", "of", "and", "to", "that", "is", "it", "in", "we", "he"}
FILLERS = ["uh", "um", "the", "and"]
CONDITIONS = ["clean", "car noise", "people noise", "low bandwidth"]
ERROR_RATE = {"clean": 0.03, "car noise": 0.12, "people noise": 0.2, "low bandwidth": 0.15}


def recognise(words, rate, rng):
    out = []
    for w in words:
        r = rng.random()
        if r < rate * 0.45 and w in HOMOPHONES:
            out.append(HOMOPHONES[w])
        elif r < rate * 0.7 and w in FUNCTION:
            continue
        elif r < rate * 0.8:
            out.append(w)
            out.append(rng.choice(FILLERS))
        elif r < rate * 0.9 and len(w) > 6:
            out.extend([w[: len(w) // 2], w[len(w) // 2:]])
        elif r < rate:
            out.append(w[:-1] if len(w) > 3 else w + "s")
        else:
            out.append(w)
    return out


def kaldi_counts(ref, hyp):
    """Kaldi's LevenshteinEditDistance: each cell carries (cost, subs, dels, ins) of its chosen path."""
    prev = [(j, 0, 0, j) for j in range(len(hyp) + 1)]
    for i in range(1, len(ref) + 1):
        cur = [(i, 0, i, 0)]
        for j in range(1, len(hyp) + 1):
            diag, up, left = prev[j - 1], prev[j], cur[j - 1]
            if ref[i - 1] == hyp[j - 1]:
                cur.append(diag)
            elif diag[0] < left[0] and diag[0] < up[0]:
                cur.append((diag[0] + 1, diag[1] + 1, diag[2], diag[3]))
            elif left[0] < up[0]:
                cur.append((left[0] + 1, left[1], left[2], left[3] + 1))
            else:
                cur.append((up[0] + 1, up[1], up[2] + 1, up[3]))
        prev = cur
    return prev[-1]


def kaldi_edits(ref, hyp):
    """The same recurrence carrying each cell's list of edits (kind, said, recognised) instead of counts."""
    prev = [(j, [("I", "", w) for w in hyp[:j]]) for j in range(len(hyp) + 1)]
    for i in range(1, len(ref) + 1):
        cur = [(i, [("D", w, "") for w in ref[:i]])]
        for j in range(1, len(hyp) + 1):
            diag, up, left = prev[j - 1], prev[j], cur[j - 1]
            if ref[i - 1] == hyp[j - 1]:
                cur.append(diag)
            elif diag[0] < left[0] and diag[0] < up[0]:
                cur.append((diag[0] + 1, diag[1] + [("S", ref[i - 1], hyp[j - 1])]))
            elif left[0] < up[0]:
                cur.append((left[0] + 1, left[1] + [("I", "", hyp[j - 1])]))
            else:
                cur.append((up[0] + 1, up[1] + [("D", ref[i - 1], "")]))
        prev = cur
    return prev[-1][1]


def char_distance(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i]
        for j in range(1, len(b) + 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])))
        prev = cur
    return prev[-1]


def main():
    rng = random.Random(7)
    rows = []
    for repeat in range(3):
        for n, line in enumerate(TEXT):
            ref = line.split()
            condition = CONDITIONS[(n + repeat) % 4]
            hyp = recognise(ref, ERROR_RATE[condition], rng)
            rows.append((f"u{repeat}{n:02d}", condition, " ".join(ref), " ".join(hyp)))
    with open("transcripts.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "condition", "label", "prediction"])
        w.writerows(rows)
    groups = {"all": rows}
    for c in CONDITIONS:
        groups[c] = [r for r in rows if r[1] == c]
    for name, group in groups.items():
        s = d = i = words = chars = cedits = wrong = 0
        for r in group:
            ref, hyp = r[2].split(), r[3].split()
            cost, rs, rd, ri = kaldi_counts(ref, hyp)
            s, d, i, words = s + rs, d + rd, i + ri, words + len(ref)
            wrong += cost > 0
            chars += len(r[2])
            cedits += char_distance(r[2], r[3])
        print(f"{name}: rows={len(group)} words={words} S={s} D={d} I={i} wer={(s + d + i) / words!r} "
              f"cer={cedits / chars!r} chars={chars} char_edits={cedits} ser={wrong / len(group)!r} sentence_errors={wrong}")
    confusions = {}
    for r in rows:
        for edit in kaldi_edits(r[2].split(), r[3].split()):
            confusions[edit] = confusions.get(edit, 0) + 1
    top = sorted(confusions.items(), key=lambda e: (-e[1], e[0][1], e[0][2]))[:6]
    print("most frequent confusions:", top)


main()
