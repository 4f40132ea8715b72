import type { AutocompleteInteraction, ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Command, OptionSpec } from '../../dispatch/types.js';
import type { Glossary, GlossaryEntry } from '../../glossary/index.js';
import type { PinoLogger } from '../../shared/log.js';
import { standsFor } from '../../present/glossary/entry.js';
import { plainLine } from './escape.js';
import { LIMITS, truncate } from './limits.js';
import { loggedError } from './rest-errors.js';

const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}&+]/gu, '');

/** The letters typed, in order, with others between ("jui" in "jucip"): a forgiving last resort. */
function inOrder(typed: string, word: string): boolean {
  let at = 0;
  for (const char of word) if (char === typed[at]) at++;
  return at === typed.length;
}

/**
 * Suggestions for /acronym as the user types: acronyms that start with the text first, then those
 * whose long form or another name contains it, then acronyms holding its letters in order; the
 * glossary's own order within each group. Nothing typed: the first entries. The name shows the
 * meaning ("JUCIP — Japan-U.S. Commercial and Industrial Partnership"), the value is the acronym.
 */
export function acronymChoices(glossary: Glossary, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const text = typed.normalize('NFKC').trim().toLowerCase();
  const key = compact(text);
  const ranked: GlossaryEntry[][] = [[], [], []];
  for (const entry of glossary.entries) {
    const forms = [entry.acronym, ...entry.spellings];
    const names = [...entry.longForms, ...entry.aliases.map((alias) => alias.text), ...(entry.curated?.expansion ? [entry.curated.expansion] : [])];
    if (text === '' || forms.some((form) => form.toLowerCase().startsWith(text) || (key !== '' && compact(form).startsWith(key)))) ranked[0]!.push(entry);
    else if (names.some((name) => name.toLowerCase().includes(text)) || entry.acronym.toLowerCase().includes(text)) ranked[1]!.push(entry);
    else if (key.length >= 2 && inOrder(key, compact(entry.acronym))) ranked[2]!.push(entry);
  }
  return ranked
    .flat()
    .slice(0, LIMITS.choices)
    .map((entry) => {
      const meaning = standsFor(entry);
      const name = meaning ? `${entry.acronym} — ${plainLine(meaning.text)}` : entry.acronym;
      return { name: truncate(name, LIMITS.choiceName), value: truncate(entry.acronym, LIMITS.choiceValue) };
    });
}

/** The option being typed, as the command defines it, when it is one of ours. */
function completedOption(commands: readonly Command[], commandName: string, optionName: string): OptionSpec | undefined {
  return commands.find((command) => command.name === commandName)?.options.find((option) => option.name === optionName);
}

/**
 * Answers an autocomplete request for an option that declares a source (OptionSpec.autocomplete). It fires on every keystroke, so it is not rate limited (it costs
 * a scan of a few hundred entries) and never throws: on any trouble the user sees no suggestions.
 */
export async function onAutocomplete(interaction: AutocompleteInteraction, commands: readonly Command[], glossary: Glossary, log: PinoLogger): Promise<void> {
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    const source = completedOption(commands, interaction.commandName, focused.name)?.autocomplete;
    if (source === 'glossary') choices = acronymChoices(glossary, String(focused.value));
  } catch (error) {
    log.warn({ err: error, command: interaction.commandName }, 'discord: autocomplete failed, no suggestions');
  }
  try {
    await interaction.respond(choices);
  } catch (error) {
    log.error({ err: loggedError(error), command: interaction.commandName }, 'discord: could not send autocomplete suggestions');
  }
}
