import type {
  SlashCommandBooleanOption,
  SlashCommandIntegerOption,
  SlashCommandStringOption,
} from '@discordjs/builders';
import { z } from 'zod';
import { SENIORITY_LEVELS } from '../../rag/extract/seniority.js';
import { capitalize } from '../format.js';

/** Slash-command options that mean the same on every command that filters listings, and their schemas. */

export const remoteOption = (o: SlashCommandBooleanOption) =>
  o.setName('remote').setDescription('Remote listings only');

export const seniorityOption = (o: SlashCommandStringOption) =>
  o
    .setName('seniority')
    .setDescription('Level')
    .addChoices(...SENIORITY_LEVELS.map((level) => ({ name: capitalize(level), value: level })));

export const minSalaryOption = (o: SlashCommandIntegerOption) =>
  o
    .setName('min_salary')
    .setDescription('Posted yearly range reaching at least this amount')
    .setMinValue(1000)
    .setMaxValue(100_000_000);

export const industryOption = (o: SlashCommandStringOption) =>
  o
    .setName('industry')
    .setDescription('Industry or domain, e.g. fintech, games, health (comma-separated for several)')
    .setMaxLength(100)
    .setAutocomplete(true);

export const filterOptionSchemas = {
  industry: z.string().trim().min(2).max(100).optional(),
  remote: z.boolean().optional(),
  seniority: z.enum(SENIORITY_LEVELS).optional(),
  min_salary: z.number().int().positive().optional(),
};
