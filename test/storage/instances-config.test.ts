import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

// Several instances: where the state lives, and how instances split Discord's shards.

test('DATABASE_URL, the schema and the poll interval are read and checked', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://rr:pw@db.example.com:5432/rr',
    ROLERADAR_GENERATION_POLL_MS: '5000',
  });
  expect(config.state).toEqual({
    databaseUrl: 'postgres://rr:pw@db.example.com:5432/rr',
    schema: 'roleradar',
    generationPollMs: 5000,
  });
  expect(loadConfig({}).state.databaseUrl).toBeUndefined();
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  expect(() => loadConfig({ ROLERADAR_DATABASE_SCHEMA: 'Robert"; DROP' })).toThrow(
    /ROLERADAR_DATABASE_SCHEMA/,
  );
  expect(() => loadConfig({ ROLERADAR_GENERATION_POLL_MS: '10' })).toThrow(/ROLERADAR_GENERATION_POLL_MS/);
});

test('instances split the shards: ROLERADAR_SHARD_IDS within SHARDS', () => {
  expect(loadConfig({ SHARDS: '4', ROLERADAR_SHARD_IDS: '2,3' }).discord.shardIds).toEqual([2, 3]);
  expect(loadConfig({ SHARDS: '4' }).discord.shardIds).toBeUndefined();
  expect(() => loadConfig({ ROLERADAR_SHARD_IDS: '0' })).toThrow(ConfigError);
  expect(() => loadConfig({ SHARDS: 'auto', ROLERADAR_SHARD_IDS: '0' })).toThrow(/needs SHARDS/);
  expect(() => loadConfig({ SHARDS: '2', ROLERADAR_SHARD_IDS: '1,2' })).toThrow(
    /shard 2 is not below SHARDS \(2\)/,
  );
  expect(() => loadConfig({ SHARDS: '2', ROLERADAR_SHARD_IDS: 'one' })).toThrow(/ROLERADAR_SHARD_IDS/);
  // Inside a shard process the ShardingManager sets SHARDS to that shard's id: not rechecked there.
  expect(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', ROLERADAR_SHARD_IDS: '1' }).discord.shards).toBe(
    1,
  );
});
