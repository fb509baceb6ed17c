import type { Command } from "commander";
import { CliError, Exit } from "../exit";
import type { Run } from "../program";

/** Every command path and its flags, from the program itself, so completions never drift from it. */
function commandTree(program: Command): { path: string; words: string[] }[] {
  const tree: { path: string; words: string[] }[] = [];
  const walk = (command: Command, path: string[]) => {
    const words = [
      ...command.commands.map((c) => c.name()),
      ...command.options.map((o) => o.long ?? "").filter(Boolean),
    ];
    tree.push({ path: path.join(" "), words });
    for (const child of command.commands) walk(child, [...path, child.name()]);
  };
  walk(program, []);
  return tree;
}

function bash(program: Command): string {
  const cases = commandTree(program)
    .map(({ path, words }) => `    "${path}") words="${words.join(" ")}" ;;`)
    .join("\n");
  return `# plinth completion for bash: source <(plinth completion bash)
_plinth() {
  local cur path i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  path=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) path="\${path:+$path }\${COMP_WORDS[i]}" ;; esac
  done
  local words=""
  case "$path" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words --json --profile --api-url --verbose --help" -- "$cur"))
}
complete -F _plinth plinth`;
}

function zsh(program: Command): string {
  return `#compdef plinth
# plinth completion for zsh: source <(plinth completion zsh)
autoload -U bashcompinit && bashcompinit
${bash(program)}`;
}

function fish(program: Command): string {
  return [
    "# plinth completion for fish: plinth completion fish | source",
    ...commandTree(program).flatMap(({ path, words }) => {
      const condition = path ? `__fish_seen_subcommand_from ${path.split(" ").at(-1)}` : "__fish_use_subcommand";
      return words.filter((w) => !w.startsWith("-")).map((w) => `complete -c plinth -f -n '${condition}' -a '${w}'`);
    }),
    "complete -c plinth -l json -d 'print the API JSON'",
    "complete -c plinth -l profile -r -d 'use this profile'",
  ].join("\n");
}

export function completionCommand(program: Command, run: Run): void {
  program
    .command("completion <shell>")
    .description("print a completion script: bash, zsh or fish")
    .addHelpText(
      "after",
      "\nExamples:\n  $ source <(plinth completion bash)\n  $ plinth completion fish > ~/.config/fish/completions/plinth.fish",
    )
    .action(
      run((ctx, shell: string) => {
        const scripts: Record<string, (p: Command) => string> = { bash, zsh, fish };
        const script = scripts[shell];
        if (!script) throw new CliError(Exit.usage, `completion ${shell}: bash, zsh or fish`);
        ctx.io.out(script(program));
      }),
    );
}
