#!/usr/bin/env bash
# Runs the user-visible commands of so-connector with one jar against the built-in sandbox (no .env, no SO_*),
# each case in its own temporary working directory, and keeps stdout, stderr, the exit code and every file the
# case wrote. Run it once per jar and diff the two output folders:
#
#   benchmarks/compare-cli-outputs.sh before.jar /tmp/cli-before
#   benchmarks/compare-cli-outputs.sh app-cli/target/so-connector.jar /tmp/cli-after
#   diff -r /tmp/cli-before /tmp/cli-after
#
# Without a terminal and without SO_* settings the tool refuses to use the built-in sandbox unless asked (ADR 0020), so
# every command gets GLOBAL_ARGS (default --sandbox) first; set GLOBAL_ARGS= for a jar older than that option.
# Issue 11's refactoring was checked this way: only `report --from-csv ... --explain` differed, on purpose.
#
# Masked, because they differ from run to run: the sandbox's loopback port (127.0.0.1:NNNNN), the temporary
# working directory's path, and ISO timestamps of the moment of the run in written files (journal entries).
set -uo pipefail
jar="$(readlink -f "$1")"
out="$2"
examples="$(cd "$(dirname "$(readlink -f "$0")")/../docs/examples" && pwd)"
read -r -a global <<<"${GLOBAL_ARGS---sandbox}"
rm -rf "$out"
mkdir -p "$out"

mask() {
  sed -E -e "s#${work}#TMP#g" \
         -e 's#127\.0\.0\.1:[0-9]+#127.0.0.1:PORT#g' \
         -e 's#localhost:[0-9]+#localhost:PORT#g' \
         -e 's#[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z#TIMESTAMP#g'
}

# step NAME ARGS...: one command in the current case's directory
step() {
  local name="$1"
  shift
  (cd "$work" && env -i PATH="$PATH" HOME="$work/home" java -jar "$jar" "${global[@]}" "$@" >"$work.out" 2>"$work.err")
  local code=$?
  {
    echo "\$ so-connector ${global[*]} $*"
    echo "exit $code"
  } | mask >"$case_dir/$name.cmd"
  mask <"$work.out" >"$case_dir/$name.stdout"
  mask <"$work.err" >"$case_dir/$name.stderr"
}

# begin NAME: a fresh working directory with the example files, a body and a batch
begin() {
  case_dir="$out/$1"
  mkdir -p "$case_dir"
  work="$(mktemp -d /tmp/cli-case.XXXXXX)"
  mkdir -p "$work/home"
  cp "$examples"/*.csv "$work/"
  printf 'Hallo,\nanbei das Angebot für 2 Omnie.\nAnna\n' >"$work/body.txt"
  printf 'Subject: Angebot für {{contact.name}} ({{anlass}})\n\nGuten Tag {{person.fullName}},\nanbei das Angebot zu {{anlass}}.\n{{rep.name}}\n' >"$work/template.txt"
  printf 'to,anlass,sale\n1,Messe,\n2,Wartung,\nnobody@nowhere.example,Messe,\n' >"$work/recipients.csv"
}

# end: keep every file the case wrote (besides the inputs), masked, then remove the directory
end() {
  (cd "$work" && find . -type f ! -name '*.csv' -o -type f -newer body.txt -name '*.csv' | sort) | while read -r f; do
    case "$f" in
      ./body.txt | ./template.txt | ./recipients.csv | ./products.csv | ./sales-export.csv | ./sales-export-excel.csv) ;;
      *)
        mkdir -p "$case_dir/files/$(dirname "$f")"
        mask <"$work/$f" >"$case_dir/files/$f"
        ;;
    esac
  done
  rm -rf "$work" "$work.out" "$work.err"
}

begin report
step report report
end

begin report-options
step all-jsonl report --all --format jsonl --include-unmatched --catalog-from-crm
step excel report --limit 50 --excel --out excel.csv --status sold --since 2025-01-01 --no-quote-lines
end

begin report-from-csv
step csv report --from-csv sales-export.csv --catalog products.csv
step excel report --from-csv sales-export-excel.csv --catalog products.csv --out excel-report.csv --column saleId="Sale ID" --column saleDate=Date --column customerId="Contact ID" --column customerName="Contact Name" --column salesRep=Associate --column heading="Sale Heading" --column amount=Amount --column status="Sale Status"
step explain report --from-csv sales-export.csv --catalog products.csv --explain 341983
end

begin report-explain
step explain report --explain 342999
step explain-customer report --explain 343000 --catalog products.csv
step explain-missing report --explain 99
end

begin send
step dry-run send --rep 1 --to 1 --subject "Angebot Omnie" --body-file body.txt --journal outbox --dry-run
step send send --rep 1 --to 1 --subject "Angebot Omnie" --body-file body.txt --journal outbox
step again send --rep 1 --to 1 --subject "Angebot Omnie" --body-file body.txt --journal outbox
step resume send --resume --journal outbox
step bad-rep send --rep nobody --to 1 --subject x --body-file body.txt --journal outbox
step relay-nowhere -c SO_SEND_STRATEGY=smtp-relay,activity-handoff -c SMTP_HOST=127.0.0.1 -c SMTP_PORT=1 -c SMTP_SECURITY=none -c SMTP_FROM=noreply@roboplanet.example send --rep 1 --to 2 --subject "Relay down" --body-file body.txt --journal outbox
end

begin send-batch
step dry-run send --batch recipients.csv --template template.txt --rep 1 --journal outbox --dry-run
step batch send --batch recipients.csv --template template.txt --rep 1 --journal outbox --rate 100/s
step again send --batch recipients.csv --template template.txt --rep 1 --journal outbox --rate 100/s --results again.csv
step bad-rate send --batch recipients.csv --template template.txt --rep 1 --journal outbox --rate fast
end

begin probe
step table probe
step json probe --format json
step relay-nowhere -c SMTP_HOST=127.0.0.1 -c SMTP_PORT=1 -c SMTP_SECURITY=none -c SMTP_FROM=a@b.example probe
end

begin inspect
step limit-3 inspect sales --limit 3
step entity inspect sales --id 342999 --entity
step without-customer inspect sales --without-customer --unmatched --limit 2
end

begin products
step table products
step json products --format json
step csv products --format csv --include-deleted
end

begin suggest-keywords
step top-10 suggest-keywords --top 10
step from-csv suggest-keywords --from-csv sales-export.csv --catalog products.csv --top 10 --write proposals.csv
end

begin errors
printf 'email,anlass\nbob@customer.example,Messe\n' >"$work/no-to.csv"
step batch-no-to send --batch no-to.csv --template template.txt --rep 1 --journal outbox
step batch-no-template send --batch recipients.csv --template missing.txt --rep 1 --journal outbox
step report-missing-catalog report --catalog missing.csv
step report-missing-export report --from-csv missing.csv
step explain-missing-catalog report --from-csv sales-export.csv --catalog missing.csv --explain 341983
step inspect-missing-id inspect sales --id 99
step inspect-limit-0 inspect sales --limit 0
step suggest-missing-export suggest-keywords --from-csv missing.csv
step resume-dry-run-nowhere send --resume --dry-run --journal nowhere
step relay-half-configured -c SO_SEND_STRATEGY=smtp-relay -c SMTP_HOST=relay.example send --rep 1 --to 1 --subject x --body-file body.txt --journal outbox
step relay-half-configured-report -c SMTP_HOST=relay.example report --from-csv sales-export.csv --out half.csv
step bad-template-id -c SO_MAIL_TEMPLATE_ID=abc probe
step subject-empty send --rep 1 --to 1 --subject " " --body-file body.txt --journal outbox
step sale-other-customer send --rep 1 --to 1 --subject x --sale 343000 --body-file body.txt --journal outbox
end

echo "outputs in $out"
