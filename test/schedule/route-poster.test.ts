import { describe, expect, it } from 'vitest';
import { routePoster } from '../../src/schedule/route-poster.js';
import { RecordingPoster } from './fakes.js';

describe('routePoster', () => {
  it("hands each post to its subscription's platform, and fails (retriably) for a platform not connected here", async () => {
    const slack = new RecordingPoster();
    const discord = new RecordingPoster();
    const poster = routePoster({ slack, discord });
    const reply = { blocks: [{ type: 'text' as const, spans: [{ text: 'digest' }] }] };
    await poster.post({ platform: 'discord', channelId: 'D1' }, reply);
    await poster.post({ platform: 'slack', channelId: 'C1' }, reply);
    expect(slack.posts.map((p) => p.target.channelId)).toEqual(['C1']);
    expect(discord.posts.map((p) => p.target.channelId)).toEqual(['D1']);
    await expect(poster.post({ platform: 'terminal', channelId: 't' }, reply)).rejects.toThrow('no terminal connection in this process');
  });
});
