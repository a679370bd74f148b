"""The completion scripts: bash (which zsh also runs, through bashcompinit) and fish."""

from __future__ import annotations

import shlex

from resilience_tui.completion.spec import FILES, Level

PROGRAMS = ("resilience", "resilience-tui")
SHELLS = ("bash", "zsh", "fish")

_BASH_MAIN = r"""
_resilience() {
    local IFS=$' \t\n' cur="${COMP_WORDS[COMP_CWORD]}" prev="" path="" word="" i=1 skip=0 REPLY=""
    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
    while (( i < COMP_CWORD )); do
        word="${COMP_WORDS[i]}"
        if (( skip )); then
            skip=0
        elif [[ $word == -* ]]; then
            if [[ $word != *=* ]] && _resilience_valued "$path|$word"; then skip=1; fi
        else
            _resilience_commands "$path"
            if [[ " $REPLY " == *" $word "* ]]; then path="${path:+$path }$word"; fi
        fi
        i=$(( i + 1 ))
    done
    REPLY=""
    if (( skip )); then
        _resilience_values "$path|$prev"
    elif [[ $cur == -* ]]; then
        _resilience_options "$path"
    else
        _resilience_commands "$path"
        if [[ -z $REPLY ]]; then _resilience_positional "$path"; fi
    fi
    IFS=$'\n'
    if [[ $REPLY == @files ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=( $(compgen -f -- "$cur") )
    else
        COMPREPLY=( $(IFS=$' \t\n'; compgen -W "$REPLY" -- "$cur") )
    fi
}
"""


def _case(function: str, entries: dict[str, str]) -> str:
    lines = [f"{function}() {{", '    case "$1" in']
    for key, words in entries.items():
        lines.append(f"        {shlex.quote(key)}) REPLY={shlex.quote(words)} ;;")
    lines += ["        *) REPLY='' ;;", "    esac", '    [[ -n $REPLY ]]', "}"]
    return "\n".join(lines)


def bash(tree: Level) -> str:
    commands: dict[str, str] = {}
    options: dict[str, str] = {}
    values: dict[str, str] = {}
    positional: dict[str, str] = {}
    for level in tree.walk():
        key = " ".join(level.path)
        if level.commands:
            commands[key] = " ".join(level.commands)
        elif level.positional:
            positional[key] = " ".join(level.positional)
        options[key] = " ".join(name for option in level.options for name in option.names)
        for option in level.options:
            if option.takes_value:
                for name in option.names:
                    values[f"{key}|{name}"] = " ".join(option.values) or " "  # takes a value no list can offer
    valued = "\n".join([
        "_resilience_valued() {", '    _resilience_values "$1"', '    [[ $REPLY != "" ]]', "}"])
    return "\n".join([
        "# bash completion for resilience (made by `resilience completion bash`)",
        _case("_resilience_commands", commands),
        _case("_resilience_options", options),
        _case("_resilience_values", values),
        valued,
        _case("_resilience_positional", positional),
        _BASH_MAIN.strip(),
        "complete -F _resilience " + " ".join(PROGRAMS),
        "",
    ])


def zsh(tree: Level) -> str:
    return "\n".join([
        "# zsh completion for resilience (made by `resilience completion zsh`): the bash one, through bashcompinit",
        "autoload -U +X compinit && { (( ${+_comps} )) || compinit; }",
        "autoload -U +X bashcompinit && bashcompinit",
        bash(tree).split("\n", 1)[1],
    ])


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish(tree: Level) -> str:
    lines = ["# fish completion for resilience (made by `resilience completion fish`)"]
    for program in PROGRAMS:
        lines.append(f"complete -c {program} -f")
        for level in tree.walk():
            condition = "; and ".join(f"__fish_seen_subcommand_from {word}" for word in level.path) or "__fish_use_subcommand"
            if level.path and level.commands:
                condition += "; and not __fish_seen_subcommand_from " + " ".join(level.commands)
            for name, child in level.commands.items():
                lines.append(f"complete -c {program} -n {_fish_quote(condition)} -a {name} -d {_fish_quote(child.help)}")
            if level.positional and not level.commands:
                if level.positional == (FILES,):
                    lines.append(f"complete -c {program} -n {_fish_quote(condition)} -F")
                else:
                    lines.append(f"complete -c {program} -n {_fish_quote(condition)} -a {_fish_quote(' '.join(level.positional))}")
            for option in level.options:
                flags = " ".join(f"-l {n[2:]}" if n.startswith("--") else f"-s {n[1:]}" for n in option.names)
                value = ""
                if option.takes_value:
                    value = " -r -F" if option.values == (FILES,) else " -x" + (
                        f" -a {_fish_quote(' '.join(option.values))}" if option.values else "")
                lines.append(f"complete -c {program} -n {_fish_quote(condition)} {flags}{value} -d {_fish_quote(option.help)}")
    return "\n".join(lines) + "\n"


def script(shell: str, tree: Level) -> str:
    return {"bash": bash, "zsh": zsh, "fish": fish}[shell](tree)
