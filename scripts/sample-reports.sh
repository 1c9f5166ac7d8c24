#!/usr/bin/env bash
# Regenerates reports/: the Markdown and HTML review reports of the two seeds. It ingests the
# seeds into a throwaway workbench, imports the seeds' source registry, records a few example
# verdicts with citations by two analysts (they illustrate the workflow; they are not a
# fact-check of record), and renders the reports.
#
#   scripts/sample-reports.sh            # uses .build/debug/assay, building it if needed
#   ASSAY=path/to/assay scripts/sample-reports.sh
set -euo pipefail
cd "$(dirname "$0")/.."

assay=${ASSAY:-.build/debug/assay}
[ -x "$assay" ] || swift build --product assay
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASSAY_DB="$work/samples.sqlite" ASSAY_ANALYST=alice

"$assay" ingest seeds/000_0b590991ea34db62.txt seeds/004_7c6fb8ad358d5ed6.txt
"$assay" sources import seeds/sources.yml
"$assay" sources rate "National Council of Resistance of Iran" D
"$assay" sources rate MEK E

# Claim ids are derived from the assertions' text, so they are the same on every run.
massacre=000_0b590991ea34db62:d482d79b      # "…massacred over 30,000 political prisoners…"
estimate=004_7c6fb8ad358d5ed6:252a03ef      # "…an estimated 30,000 people had been put to death."
crowd=000_0b590991ea34db62:45842878         # "…as many as 100,000 Iranian expatriates…"
arrest=000_0b590991ea34db62:cbdcaa00        # "The diplomat, Assadollah Assadi, was arrested…"
duty=000_0b590991ea34db62:e078a45b          # "Western nations have a moral duty…"

amnesty=https://www.amnesty.org/en/documents/mde13/9421/2018/en/
"$assay" verdict "$massacre" unsupported --analyst alice --credibility 4 --confidence medium \
  --note "30,000 is the NCRI's own count. Amnesty International's 2018 report estimates about 5,000 executed and says the real number may be higher."
"$assay" cite "$massacre" "$amnesty" --analyst alice --stance refutes --publisher "Amnesty International" \
  --title "Blood-soaked secrets: Why Iran's 1988 prison massacres are ongoing crimes against humanity" --date 2018-12-04
"$assay" verdict "$estimate" unsupported --analyst bob --credibility 4 --confidence medium \
  --note "Same NCRI figure, worded as an estimate; no independent source gives it."
"$assay" cite "$estimate" "$amnesty" --analyst bob --stance refutes --publisher "Amnesty International" \
  --title "Blood-soaked secrets" --date 2018-12-04
"$assay" verdict "$crowd" not-checkable --analyst alice --credibility 6 --confidence low \
  --note "An organiser's attendance figure with an upper-bound hedge; no independent count was found."
"$assay" verdict "$arrest" accurate --analyst bob --credibility 1 --confidence high \
  --note "Assadi was arrested in Germany in 2018 and sentenced in Antwerp in February 2021 to 20 years."
"$assay" cite "$arrest" https://thewest.com.au/news/crime/iranian-diplomat-jailed-over-bomb-plot-ng-s-2048177 \
  --analyst bob --stance supports --publisher "AAP" --title "Iranian diplomat jailed over bomb plot" --date 2021-02-04 \
  --quote "An Iranian diplomat accused of planning to bomb a meeting of an exiled opposition group has been sentenced to 20 years in prison"
"$assay" verdict "$duty" not-checkable --analyst alice --note "A normative claim: an opinion on what others should do."
"$assay" tag "$massacre" 1988-massacre needs-expert --analyst alice

for format in md html; do
  "$assay" report --all --format "$format" -o reports/
done
