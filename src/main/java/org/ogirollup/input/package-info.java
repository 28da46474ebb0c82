/**
 * The input folder as design.md §4 lays it out, and the reader each entry of a year folder
 * needs: {@link org.ogirollup.input.InputFolder} says which folders are report years and what
 * else lies there, {@link org.ogirollup.input.SubmissionFiles} turns every entry of a year folder
 * into what was read from it or a finding that says why nothing was. No entry is passed over in
 * silence, and no link is followed out of the input folder. Plain Java: no Spring here.
 */
package org.ogirollup.input;
