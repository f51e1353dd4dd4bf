/**
 * The things a viewer can ask this computer to do, the policy by which the person at the computer
 * turns them off, and the dispatcher that answers every request. No action runs arbitrary commands.
 */
package dev.deskrelay.agent.actions;
