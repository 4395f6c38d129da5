"""Writes the importer benchmark's inputs, each at most 200,000 characters: the seed story, a long story made
of the real stories in tests/corpus, and hostile shapes. Usage: inputs.py REPOSITORY OUTPUT_FOLDER"""
import glob
import os
import random
import sys

LIMIT = 200_000
root, out = sys.argv[1], sys.argv[2]
random.seed(7)


def fill(unit, separator="\n\n"):
    """Repeats a unit to just under the limit."""
    parts, size = [], 0
    while size + len(unit) + len(separator) < LIMIT:
        parts.append(unit)
        size += len(unit) + len(separator)
    return separator.join(parts)


def real_story():
    stories = [open(f, encoding="utf-8").read().strip() for f in sorted(glob.glob(os.path.join(root, "tests/corpus/quotes/*/*.txt")))]
    parts, size = [], 0
    for story in stories * 4:
        if size + len(story) + 2 > LIMIT:
            break
        parts.append(story)
        size += len(story) + 2
    return "\n\n".join(parts)


inputs = {
    "seed": open(os.path.join(root, "src/Portal.Web/Seed/pompeo-kim-yong-chol.txt"), encoding="utf-8").read(),
    "real-stories": real_story(),
    "one-line-quotes": fill('"We will rebuild," she said.'),
    "titled-speakers": fill('Minister Ana Silva{0} spoke. "We will act," Silva said.'.replace("{0}", "")),
    "many-speakers": "\n\n".join(
        f'Minister Ana Silva{i} of the Interior said on Monday that "the work goes on," and Silva{i} told reporters: "We start now."'
        for i in range(1_500))[:LIMIT],
    "capitalised-runs": fill(" ".join(random.choice(["Ana", "Silva", "Of", "The", "North", "Korea", "Said", "Mayor"]) for _ in range(2_000)) + "."),
    "speech-verbs": fill(" ".join(["said told added tweeted wrote according to he she they the mayor"] * 120) + "."),
    "unbalanced-marks": fill('He said "it never ends and “then ” again " said " “ ” “' * 40),
    "quotes-in-one-paragraph": fill(" ".join(['"Yes," he said.'] * 1_200), "\n\n"),
    "figures": fill("(A crowd gathers outside the court)\n[Reuters/AP/Kyodo]\n\nThe court heard the case."),
}
os.makedirs(out, exist_ok=True)
for name, text in inputs.items():
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text[:LIMIT])
    print(name, len(text[:LIMIT]))
