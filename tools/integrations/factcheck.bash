# Bash completion for factcheck: commands, flags, flag values, and files.
#   source tools/integrations/factcheck.bash   (installed by //tools:install
#   to PREFIX/share/bash-completion/completions/factcheck)
_factcheck() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local commands="extract audit check diff"
  local flags="--format= --output= --fail-on= --color= --config= --facts= --lexicon= \
--sources= --baseline= --write-baseline= --changed-lines-only --diff-base= --jobs= \
--max-file-size= --noprogress --analysis -v --help --version"
  if ((COMP_CWORD == 1)); then
    mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
    return
  fi
  case $cur in
    --format=*) mapfile -t COMPREPLY < <(compgen -P --format= -W \
        "text json textproto sarif github markdown html binary" -- "${cur#--format=}") ;;
    --fail-on=*) mapfile -t COMPREPLY < <(compgen -P --fail-on= -W \
        "never info warning error" -- "${cur#--fail-on=}") ;;
    --color=*) mapfile -t COMPREPLY < <(compgen -P --color= -W "auto always never" -- "${cur#--color=}") ;;
    --*=*) mapfile -t COMPREPLY < <(compgen -P "${cur%%=*}=" -f -- "${cur#*=}") ;;
    -*)
      mapfile -t COMPREPLY < <(compgen -W "$flags" -- "$cur")
      [[ ${COMPREPLY[0]:-} == *= ]] && compopt -o nospace 2>/dev/null
      ;;
    *) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
  esac
}
complete -o filenames -F _factcheck factcheck
