import type { types } from '@slack/bolt';

/** Reading Block Kit messages back in tests: the texts of each kind of block, and the buttons. */

export interface HasBlocks {
  blocks?: types.KnownBlock[];
}

const ofType = <T extends types.KnownBlock['type']>(message: HasBlocks, type: T): Extract<types.KnownBlock, { type: T }>[] =>
  (message.blocks ?? []).filter((block): block is Extract<types.KnownBlock, { type: T }> => block.type === type);

export const headerText = (message: HasBlocks): string | undefined => ofType(message, 'header')[0]?.text.text;

export const sectionTexts = (message: HasBlocks): string[] => ofType(message, 'section').map((block) => block.text?.text ?? '');

export const contextTexts = (message: HasBlocks): string[] =>
  ofType(message, 'context').flatMap((block) => block.elements.flatMap((element) => ('text' in element && typeof element.text === 'string' ? [element.text] : [])));

export const buttons = (message: HasBlocks): types.Button[] =>
  ofType(message, 'actions').flatMap((block) => block.elements.filter((element): element is types.Button => element.type === 'button'));

export const buttonLabels = (message: HasBlocks): string[] => buttons(message).map((button) => button.text.text);

export const blockTypes = (message: HasBlocks): string[] => (message.blocks ?? []).map((block) => block.type);
